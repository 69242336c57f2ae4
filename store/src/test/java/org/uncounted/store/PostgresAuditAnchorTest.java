package org.uncounted.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;

/** The audit anchor on PostgreSQL (anchor file given by path); skipped, saying why, without a server. */
class PostgresAuditAnchorTest extends AuditAnchorContract {
    @BeforeAll
    static void requireServer() {
        String reason = PostgresBackend.unreachableReason();
        if (reason != null) System.err.println("SKIPPING PostgreSQL audit anchor contract: " + reason);
        assumeTrue(reason == null, reason);
    }

    @Override
    Backend newBackend() {
        return new PostgresBackend();
    }
}
