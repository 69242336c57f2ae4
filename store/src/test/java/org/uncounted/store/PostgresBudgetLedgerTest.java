package org.uncounted.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;

/**
 * The privacy-budget ledger on PostgreSQL; skipped, saying why, without a server. Only here: two stores
 * sharing one database (an embedded H2 file opens in one process only).
 */
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

    @org.junit.jupiter.api.Test
    void tryCharge_twoStoresOnOneDatabase_neverOverspend() throws Exception {
        Backend b = backend();
        try (CaseStore one = b.create()) {
            try (CaseStore two = b.reopen(Backend.PASSPHRASE)) {
                java.util.List<java.util.concurrent.Callable<Boolean>> tasks = new java.util.ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    org.uncounted.disclosure.BudgetLedger l =
                            (i % 2 == 0 ? one : two).asOperator().budgetLedger();
                    String release = "release-" + i;
                    tasks.add(() -> l.tryCharge(entry(release, "0.25"), CAP));
                }
                java.util.List<Boolean> results = race(tasks);
                org.assertj.core.api.Assertions.assertThat(
                                results.stream().filter(r -> r).count())
                        .isEqualTo(4);
                org.assertj.core.api.Assertions.assertThat(
                                one.asOperator().budgetLedger().spent("demo-dataset"))
                        .isEqualByComparingTo("1.00");
                org.assertj.core.api.Assertions.assertThat(
                                audit(one, org.uncounted.security.audit.AuditAction.BUDGET_CHARGED))
                        .hasSize(4);
                org.assertj.core.api.Assertions.assertThat(
                                audit(one, org.uncounted.security.audit.AuditAction.BUDGET_REFUSED))
                        .hasSize(6);
            }
            org.assertj.core.api.Assertions.assertThat(
                            one.asOperator().verifyAudit().valid())
                    .isTrue();
        }
    }
}
