package org.uncounted.security.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uncounted.security.MutableClock;
import org.uncounted.security.keys.BackupKeyUnavailableException;
import org.uncounted.security.keys.FieldAddress;
import org.uncounted.security.keys.InMemoryWrappedKeyRepository;
import org.uncounted.security.keys.KdfParameters;
import org.uncounted.security.keys.KeyKind;
import org.uncounted.security.keys.Keyring;
import org.uncounted.security.keys.KeyringRoot;
import org.uncounted.security.keys.Unlock;

/**
 * G8 with backups: a backup made before a purge holds the purged case's wrapped key; once the
 * archive's own key expires under the retention period, the archive cannot be read, so the case
 * cannot be revived from it.
 */
class BackupRetentionTest {
    static final Duration RETENTION = Duration.ofDays(30);

    @Test
    void prePurgeBackup_readableWithinRetention_deadAfter() throws IOException {
        MutableClock clock = new MutableClock();
        InMemoryWrappedKeyRepository repo = new InMemoryWrappedKeyRepository();
        try (Keyring k = Keyring.of(
                KeyringRoot.create(
                        Unlock.passphrase("retention passphrase".toCharArray()), KdfParameters.forTestsOnly()),
                repo,
                clock)) {
            k.createCaseKey("c1");
            FieldAddress a = new FieldAddress("c1", "person.name", "p1");
            byte[] ct = k.encryptString(a, "CANARY-name");
            // the backup holds the database row and the case's wrapped key (as a store dump would)
            byte[] wrapped = repo.find(KeyKind.CASE, "c1").orElseThrow().wrapped();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BackupArchive.write(
                    out,
                    "bk-2026-11-29",
                    clock.instant(),
                    List.of(BackupEntry.of("db/field", ct), BackupEntry.of("keys/c1", wrapped)),
                    k.createBackupKey("bk-2026-11-29"));
            byte[] archive = out.toByteArray();

            k.destroy("c1");
            clock.advance(RETENTION.minusDays(1));
            assertThat(k.expireBackupKeys(RETENTION)).isEmpty();
            BackupArchive.verify(new ByteArrayInputStream(archive), k.backupKey("bk-2026-11-29")); // still restorable

            clock.advance(Duration.ofDays(2));
            assertThat(k.expireBackupKeys(RETENTION)).containsExactly("bk-2026-11-29");
            assertThatThrownBy(() -> k.backupKey("bk-2026-11-29")).isInstanceOf(BackupKeyUnavailableException.class);
            assertThat(new String(archive, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .doesNotContain("CANARY");
        }
    }
}
