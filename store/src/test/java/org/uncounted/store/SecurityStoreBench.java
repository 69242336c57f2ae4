package org.uncounted.store;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.uncounted.disclosure.LedgerEntry;
import org.uncounted.security.keys.KdfParameters;

/**
 * Prints what the security features of this session cost on an embedded store (docs/benchmarks.md):
 * a short audited write (an identifying read) with and without the signed audit anchor, a
 * privacy-budget charge, and backup / restore with the case keys re-wrapped for the archive.
 * Run: {@code java -cp <store test classpath> org.uncounted.store.SecurityStoreBench [cases]}.
 */
public final class SecurityStoreBench {
    private SecurityStoreBench() {}

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dir = Files.createTempDirectory("uncounted-secbench");
        try (CaseStore s =
                CaseStore.createEmbedded(dir.resolve("store"), Backend.PASSPHRASE, KdfParameters.forTestsOnly())) {
            StoreSession op = s.asOperator();
            op.importJson(Fixtures.write(dir.resolve("c.json"), Fixtures.rich(cases, 1, "")), null, Progress.NONE);
            List<Long> ids =
                    op.listCases(null, 500, 0).stream().map(CaseSummary::id).toList();
            for (long id : ids) op.readDocument(id); // warm up
            long t0 = System.nanoTime();
            for (long id : ids) op.readDocument(id);
            double with = (System.nanoTime() - t0) / 1e3 / ids.size();
            var anchor = op.context().anchor();
            op.context().setAnchor(null);
            t0 = System.nanoTime();
            for (long id : ids) op.readDocument(id);
            double without = (System.nanoTime() - t0) / 1e3 / ids.size();
            op.context().setAnchor(anchor);
            System.out.printf(
                    "audited identifying read: %.0f us with the signed anchor, %.0f us without (%d reads)%n",
                    with, without, ids.size());
            var ledger = op.budgetLedger();
            t0 = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                ledger.tryCharge(
                        new LedgerEntry(
                                "bench",
                                "r" + i,
                                "laplace",
                                1,
                                new BigDecimal("0.001"),
                                BigDecimal.ZERO,
                                Instant.now()),
                        new BigDecimal("1"));
            }
            System.out.printf(
                    "privacy budget tryCharge: %.0f us each (200 charges)%n", (System.nanoTime() - t0) / 1e3 / 200);
            Path archive = dir.resolve("b.backup");
            t0 = System.nanoTime();
            try (var out = Files.newOutputStream(archive)) {
                op.backup(out, Duration.ofDays(30));
            }
            double backup = (System.nanoTime() - t0) / 1e9;
            op.rotateMasterKey("a new passphrase for the bench".toCharArray());
            t0 = System.nanoTime();
            op.restore(archive);
            double restore = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    "%d cases: backup %.1f s, restore after a rotation %.1f s (verify + %d keys re-wrapped), archive %d KiB%n",
                    cases, backup, restore, cases, Files.size(archive) / 1024);
            long entries = s.inTransaction(h -> h.createQuery("SELECT COUNT(*) FROM audit_log")
                    .mapTo(Long.class)
                    .one());
            System.out.printf("audit verify (%d entries): ", entries);
            t0 = System.nanoTime();
            boolean ok = op.verifyAudit().valid();
            System.out.printf("%s in %.2f s%n", ok ? "intact" : "NOT intact", (System.nanoTime() - t0) / 1e9);
        } finally {
            try (var w = Files.walk(dir)) {
                w.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
