package org.uncounted.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.security.keys.BackupKeyUnavailableException;
import org.uncounted.security.keys.CaseKeyUnavailableException;
import org.uncounted.security.keys.FieldAddress;

/**
 * Backups and master-key rotation: an archive made before {@code keys rotate} restores into the
 * rotated store (opened with the new passphrase), and a purge made after an archive becomes final
 * once that archive's key has expired.
 */
abstract class BackupAcrossRotationContract extends BackendTests {
    @TempDir
    Path files;

    private static final char[] NEW_PASS = "the passphrase after rotation".toCharArray();

    private Path backup(CaseStore store, String name, Duration retention) throws Exception {
        Path archive = files.resolve(name);
        try (var out = Files.newOutputStream(archive)) {
            store.asOperator().backup(out, retention);
        }
        return archive;
    }

    private static Map<Long, String> documents(CaseStore store) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (CaseSummary c : store.asOperator().listCases(null, 100, 0)) {
            out.put(c.id(), new String(store.asOperator().readDocument(c.id()), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void restore_archiveMadeBeforeRotation_restoresUnderTheNewPassphrase() throws Exception {
        Backend b = backend();
        Map<Long, String> before;
        Path archive;
        try (CaseStore store = b.create()) {
            store.asOperator()
                    .importJson(Fixtures.write(files.resolve("c.json"), Fixtures.rich(3, 1, "")), null, Progress.NONE);
            before = documents(store);
            archive = backup(store, "before-rotation.backup", Duration.ofDays(30));
            store.asOperator().rotateMasterKey(NEW_PASS);
        }
        try (CaseStore store = b.reopen(NEW_PASS)) {
            long first = before.keySet().iterator().next();
            store.asOperator().purge(first);
            store.asOperator()
                    .importJson(Fixtures.write(files.resolve("d.json"), Fixtures.rich(2, 10, "")), null, Progress.NONE);
            assertThat(store.asOperator().verifyBackup(archive).archiveId()).startsWith("backup-");
            store.asOperator().restore(archive);
            assertThat(documents(store)).isEqualTo(before); // the purge was within retention: it comes back
            assertThat(store.asOperator().verifyAudit().valid()).isTrue();
        }
        try (CaseStore store = b.reopen(NEW_PASS)) { // the restored keys are wrapped under the new KEK
            assertThat(documents(store)).isEqualTo(before);
        }
    }

    @Test
    void restore_draftsInTheArchive_comeBackReadable_andLaterDraftsGo() throws Exception {
        Backend b = backend();
        try (CaseStore store = b.create()) {
            byte[] content = "{\"draft\":\"canary-draft-7731\"}".getBytes(StandardCharsets.UTF_8);
            store.asOperator().saveDraft("d-1", "web-intake", content);
            Path archive = backup(store, "with-draft.backup", Duration.ofDays(30));
            store.asOperator().saveDraft("d-2", "web-intake", content);
            store.asOperator().deleteDraft("d-1");
            store.asOperator().restore(archive);
            assertThat(store.asOperator().drafts()).singleElement().satisfies(d -> {
                assertThat(d.draftId()).isEqualTo("d-1");
                assertThat(d.content()).isEqualTo(content);
            });
            assertThat(store.asOperator().verifyAudit().valid()).isTrue();
        }
    }

    @Test
    void restore_archiveMadeBeforePurge_afterItsRetentionExpired_cannotReviveThePurgedCase() throws Exception {
        Backend b = backend();
        try (CaseStore store = b.create()) {
            store.asOperator()
                    .importJson(Fixtures.write(files.resolve("c.json"), Fixtures.rich(3, 1, "")), null, Progress.NONE);
            List<Long> ids = List.copyOf(documents(store).keySet());
            long victim = ids.get(1);
            byte[] sealed = store.inTransaction(h -> h.createQuery("SELECT document FROM cases WHERE id = :id")
                    .bind("id", victim)
                    .mapTo(byte[].class)
                    .one());
            Path old = backup(store, "before-purge.backup", Duration.ofDays(30));
            store.asOperator().purge(victim);
            store.asOperator().rotateMasterKey(NEW_PASS);
            // the retention period passes: the next backup destroys the keys of older archives
            backup(store, "after-retention.backup", Duration.ZERO);
            assertThatThrownBy(() -> store.asOperator().verifyBackup(old))
                    .isInstanceOf(BackupKeyUnavailableException.class);
            assertThatThrownBy(() -> store.asOperator().restore(old)).isInstanceOf(BackupKeyUnavailableException.class);
            String id = Long.toString(victim);
            assertThatThrownBy(() -> store.asOperator()
                            .context()
                            .keyring()
                            .decrypt(new FieldAddress(id, "case.document", id), sealed))
                    .isInstanceOf(CaseKeyUnavailableException.class);
            assertThat(store.asOperator().readDocument(ids.get(0))).isNotEmpty();
            assertThat(store.asOperator().verifyAudit().valid()).isTrue();
        }
    }
}
