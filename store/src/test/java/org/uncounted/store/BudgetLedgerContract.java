package org.uncounted.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.disclosure.BudgetLedger;
import org.uncounted.disclosure.DisclosureAuditEvent;
import org.uncounted.disclosure.LedgerEntry;
import org.uncounted.security.audit.AuditAction;
import org.uncounted.security.audit.AuditEntry;

/** The store-backed privacy-budget ledger: atomic check-and-append, audited, never rolled back. */
abstract class BudgetLedgerContract extends BackendTests {
    @TempDir
    Path files;

    static final BigDecimal CAP = new BigDecimal("1.0");

    static LedgerEntry entry(String release, String epsilon) {
        return new LedgerEntry(
                "demo-dataset",
                release,
                "discrete Laplace eps=" + epsilon,
                1,
                new BigDecimal(epsilon),
                BigDecimal.ZERO,
                Instant.parse("2026-11-29T12:00:00Z"));
    }

    static List<AuditEntry> audit(CaseStore s, AuditAction action) {
        return s
                .inTransaction(h -> h.createQuery("SELECT entry FROM audit_log ORDER BY seq")
                        .mapTo(byte[].class)
                        .list())
                .stream()
                .map(AuditEntry::decode)
                .filter(e -> e.action() == action)
                .toList();
    }

    /** Runs the tasks at once (released together by a latch) and returns their results. */
    static List<Boolean> race(List<Callable<Boolean>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> fs = new ArrayList<>();
            for (Callable<Boolean> t : tasks) {
                fs.add(pool.submit(() -> {
                    start.await();
                    return t.call();
                }));
            }
            start.countDown();
            List<Boolean> out = new ArrayList<>();
            for (Future<Boolean> f : fs) out.add(f.get());
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tryCharge_concurrentCallsOnlyOneFits_exactlyOnePassesAndRefusalsAreAudited() throws Exception {
        try (CaseStore s = backend().create()) {
            BudgetLedger ledger = s.asOperator().budgetLedger();
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String release = "release-" + i;
                tasks.add(() -> ledger.tryCharge(entry(release, "0.6"), CAP));
            }
            List<Boolean> results = race(tasks);
            assertThat(results).containsOnlyOnce(true);
            assertThat(ledger.entries("demo-dataset")).hasSize(1);
            assertThat(ledger.spent("demo-dataset")).isEqualByComparingTo("0.6");
            assertThat(audit(s, AuditAction.BUDGET_CHARGED)).hasSize(1);
            List<AuditEntry> refused = audit(s, AuditAction.BUDGET_REFUSED);
            assertThat(refused).hasSize(7);
            assertThat(refused.get(0).objectIds()).contains("demo-dataset", "epsilon-0.6", "spent-0.6", "cap-1.0");
            assertThat(s.asOperator().verifyAudit().valid()).isTrue();
        }
    }

    @Test
    void restore_neverRefundsSpentBudget_andReleasePreparedIsAudited() throws Exception {
        try (CaseStore s = backend().create()) {
            Path archive = files.resolve("before-charge.backup");
            try (var out = Files.newOutputStream(archive)) {
                s.asOperator().backup(out, Duration.ofDays(30));
            }
            assertThat(s.asOperator().budgetLedger().tryCharge(entry("r1", "0.75"), CAP))
                    .isTrue();
            s.asOperator().restore(archive);
            assertThat(s.asOperator().budgetLedger().spent("demo-dataset")).isEqualByComparingTo("0.75");
            assertThat(s.asOperator().budgetLedger().tryCharge(entry("r2", "0.5"), CAP))
                    .isFalse();
            s.asOperator()
                    .disclosureAuditSink()
                    .record(new DisclosureAuditEvent(
                            DisclosureAuditEvent.Type.RELEASE_PREPARED,
                            "demo-dataset",
                            "r1",
                            new BigDecimal("0.75"),
                            new BigDecimal("0.75"),
                            CAP,
                            "3 tables, 5 primary, 7 complementary, 0 shared suppressions",
                            Instant.now()));
            List<AuditEntry> prepared = audit(s, AuditAction.RELEASE_PREPARED);
            assertThat(prepared).hasSize(1);
            assertThat(prepared.get(0).objectIds())
                    .containsExactly(
                            "demo-dataset",
                            "r1",
                            "epsilon-0.75",
                            "spent-0.75",
                            "3_tables_5_primary_7_complementary_0_shared_suppressions");
            assertThat(s.asOperator().verifyAudit().valid()).isTrue();
        }
    }

    @Test
    void verifyAudit_ledgerRowDeletedToWinBackBudget_orForged_isReported() {
        try (CaseStore s = backend().create()) {
            BudgetLedger ledger = s.asOperator().budgetLedger();
            assertThat(ledger.tryCharge(entry("r1", "0.5"), CAP)).isTrue();
            assertThat(ledger.tryCharge(entry("r2", "0.5"), CAP)).isTrue();
            assertThat(s.asOperator().verifyAudit().valid()).isTrue();
            s.inTransaction(h -> h.execute("DELETE FROM privacy_ledger WHERE release_id = 'r2'"));
            var r = s.asOperator().verifyAudit();
            assertThat(r.valid()).isFalse();
            assertThat(r.reason()).contains("lacks 1 charge");
            s.inTransaction(h -> h.execute("INSERT INTO privacy_ledger SELECT dataset_id, 2, 'r2', mechanism,"
                    + " table_count, epsilon, delta, charged_at FROM privacy_ledger WHERE release_id = 'r1'"));
            assertThat(s.asOperator().verifyAudit().valid()).isTrue();
            s.inTransaction(h -> h.execute("INSERT INTO privacy_ledger SELECT dataset_id, 3, 'forged', mechanism,"
                    + " table_count, epsilon, delta, charged_at FROM privacy_ledger WHERE release_id = 'r1'"));
            assertThat(s.asOperator().verifyAudit().reason()).contains("never recorded");
        }
    }
}
