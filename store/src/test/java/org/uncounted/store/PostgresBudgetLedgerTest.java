package org.uncounted.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;

/** The privacy-budget ledger on PostgreSQL; skipped, saying why, without a server. */
class PostgresBudgetLedgerTest extends BudgetLedgerContract {
    @BeforeAll
    static void requireServer() {
        String reason = PostgresBackend.unreachableReason();
        if (reason != null) System.err.println("SKIPPING PostgreSQL budget ledger contract: " + reason);
        assumeTrue(reason == null, reason);
    }

    @Override
    Backend newBackend() {
        return new PostgresBackend();
    }
}
