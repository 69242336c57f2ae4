package org.uncounted.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.security.audit.SignedCheckpoint;
import org.uncounted.security.audit.VerificationResult;

/**
 * The external audit anchor: deleting the newest audit entries, or rolling the database back to
 * an older state, is reported by {@code verifyAudit} on every backend (on PostgreSQL the anchor
 * is the only evidence outside the database).
 */
abstract class AuditAnchorContract extends BackendTests {
    @TempDir
    Path files;

    private CaseStore anchored(CaseStore s) {
        return s.location().equals("PostgreSQL") ? s.withAuditAnchor(files.resolve("pg-audit.anchor")) : s;
    }

    private Path anchorFile(CaseStore s) {
        return s.location().equals("PostgreSQL")
                ? files.resolve("pg-audit.anchor")
                : Path.of(s.location(), "audit.anchor");
    }

    private CaseStore withCases(Backend b) {
        CaseStore s = anchored(b.create());
        s.asOperator()
                .importJson(Fixtures.write(files.resolve("c.json"), Fixtures.rich(3, 1, "")), null, Progress.NONE);
        return s;
    }

    private static void readAll(CaseStore s) {
        s.asOperator().listCases(null, 10, 0).forEach(c -> s.asOperator().readDocument(c.id()));
    }

    private static long size(CaseStore s) {
        return s.inTransaction(h -> h.createQuery("SELECT COUNT(*) FROM audit_log")
                .mapTo(Long.class)
                .one());
    }

    @Test
    void verifyAudit_newestEntriesDeleted_isReported() {
        try (CaseStore s = withCases(backend())) {
            readAll(s);
            assertThat(s.asOperator().verifyAudit().valid()).isTrue();
            long n = size(s);
            assertThat(s.asOperator().auditAnchor().orElseThrow().checkpoint().size())
                    .isEqualTo(n);
            s.inTransaction(h -> h.execute("DELETE FROM audit_log WHERE seq > " + (n - 2)));
            VerificationResult r = s.asOperator().verifyAudit();
            assertThat(r.valid()).isFalse();
            assertThat(r.reason()).contains("checkpoint witnessed " + n).contains("audit anchor");
        }
    }

    @Test
    void verifyAudit_databaseRolledBackThenWrittenTo_isReportedAndTheAnchorKeptAsEvidence() throws Exception {
        Backend b = backend();
        try (CaseStore s = withCases(b)) {
            s.inTransaction(h -> h.execute("CREATE TABLE audit_old AS SELECT * FROM audit_log"));
            readAll(s); // history the rollback will erase
        }
        String anchorBefore;
        try (CaseStore s = anchored(b.reopen(Backend.PASSPHRASE))) {
            anchorBefore = Files.readString(anchorFile(s), StandardCharsets.UTF_8);
            s.inTransaction(h -> {
                h.execute("DELETE FROM audit_log");
                return h.execute("INSERT INTO audit_log SELECT * FROM audit_old");
            });
        }
        try (CaseStore s = anchored(b.reopen(Backend.PASSPHRASE))) {
            readAll(s); // new entries on the old state: a fork of the history with the same sizes
            readAll(s);
            assertThat(Files.readString(anchorFile(s), StandardCharsets.UTF_8)).isEqualTo(anchorBefore);
            VerificationResult r = s.asOperator().verifyAudit();
            assertThat(r.valid()).isFalse();
            assertThat(r.reason()).contains("audit anchor");
        }
    }

    @Test
    void verifyAudit_anchorFileAltered_isReported() throws Exception {
        try (CaseStore s = withCases(backend())) {
            Path anchor = anchorFile(s);
            String text = Files.readString(anchor, StandardCharsets.UTF_8);
            long n = size(s);
            Files.writeString(anchor, text.replace("size " + n + "\n", "size " + (n - 1) + "\n"));
            VerificationResult r = s.asOperator().verifyAudit();
            assertThat(r.valid()).isFalse();
            assertThat(r.reason()).contains("not signed by this installation");
        }
    }

    @Test
    void verifyAudit_againstACheckpointKeptElsewhere_catchesARollbackOfDatabaseAndAnchorTogether() throws Exception {
        try (CaseStore s = withCases(backend())) {
            Path anchor = anchorFile(s);
            String old = Files.readString(anchor, StandardCharsets.UTF_8);
            Path beside = anchor.resolveSibling("audit.checkpoint"); // embedded stores' unsigned head
            String oldBeside = Files.exists(beside) ? Files.readString(beside) : null;
            s.inTransaction(h -> h.execute("CREATE TABLE audit_old AS SELECT * FROM audit_log"));
            readAll(s);
            SignedCheckpoint keptElsewhere = s.asOperator().auditAnchor().orElseThrow();
            s.inTransaction(h -> {
                h.execute("DELETE FROM audit_log");
                return h.execute("INSERT INTO audit_log SELECT * FROM audit_old");
            });
            Files.writeString(anchor, old); // the attacker rolls the files beside the database back too
            if (oldBeside != null) Files.writeString(beside, oldBeside);
            assertThat(s.asOperator().verifyAudit().valid()).isTrue(); // invisible from inside
            VerificationResult r = s.asOperator().verifyAudit(keptElsewhere);
            assertThat(r.valid()).isFalse();
            assertThat(r.reason()).contains("external checkpoint");
        }
    }

    @Test
    void anchor_signsWhatItsTransactionCommitted_notAnotherThreadsLaterAppendThatRollsBack() throws Exception {
        try (CaseStore s = withCases(backend())) {
            var ctx = s.asOperator().context();
            var aAppended = new java.util.concurrent.CountDownLatch(1);
            var bAppended = new java.util.concurrent.CountDownLatch(1);
            var aCommitted = new java.util.concurrent.CountDownLatch(1);
            var action = org.uncounted.security.audit.AuditAction.AUDIT_VERIFIED;
            Thread a = new Thread(() -> {
                ctx.write(h -> {
                    ctx.audit().append("thread-a", action, java.util.List.of());
                    aAppended.countDown();
                    await(bAppended);
                    return null;
                });
                aCommitted.countDown();
            });
            Throwable[] bFailure = {null};
            Thread b = new Thread(() -> {
                await(aAppended);
                try {
                    ctx.write(h -> {
                        ctx.audit().append("thread-b", action, java.util.List.of());
                        bAppended.countDown();
                        await(aCommitted);
                        throw new IllegalStateException("rolled back on purpose");
                    });
                } catch (IllegalStateException expected) {
                    bFailure[0] = expected;
                }
            });
            a.start();
            b.start();
            a.join(30_000);
            b.join(30_000);
            assertThat(bFailure[0]).hasMessage("rolled back on purpose");
            assertThat(s.asOperator().auditAnchor().orElseThrow().checkpoint().size())
                    .isEqualTo(size(s));
            assertThat(s.asOperator().verifyAudit().valid()).isTrue();
        }
    }

    private static void await(java.util.concurrent.CountDownLatch l) {
        try {
            if (!l.await(20, java.util.concurrent.TimeUnit.SECONDS)) throw new IllegalStateException("latch timeout");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
