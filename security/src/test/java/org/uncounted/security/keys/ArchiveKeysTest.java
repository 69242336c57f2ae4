package org.uncounted.security.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.uncounted.security.MutableClock;

/**
 * Case keys exported into an archive survive a master-key rotation (the archive key is re-wrapped
 * with every other key) and die with the archive key when its retention expires.
 */
class ArchiveKeysTest {
    private static Keyring keyring(InMemoryWrappedKeyRepository repo, MutableClock clock) {
        return Keyring.of(
                KeyringRoot.create(
                        Unlock.passphrase("archive key passphrase".toCharArray()), KdfParameters.forTestsOnly()),
                repo,
                clock);
    }

    @Test
    void export_rotate_restore_decryptsUnderTheNewKek() {
        MutableClock clock = new MutableClock();
        InMemoryWrappedKeyRepository repo = new InMemoryWrappedKeyRepository();
        try (Keyring k = keyring(repo, clock)) {
            k.createCaseKey("c1");
            FieldAddress a = new FieldAddress("c1", "person.name", "p1");
            byte[] ct = k.encryptString(a, "CANARY-name");
            k.createBackupKey("bk-1");
            WrappedKey exported =
                    k.archiveKeys("bk-1").export(repo.find(KeyKind.CASE, "c1").orElseThrow());
            assertThat(exported.kekId()).isEqualTo("archive:bk-1");

            k.rotate(Unlock.passphrase("a new archive passphrase".toCharArray()), KdfParameters.forTestsOnly());
            k.destroy("c1"); // as a restore into an emptied key table
            WrappedKey restored = k.archiveKeys("bk-1").restore(exported);
            assertThat(restored.kekId()).isEqualTo(k.header().kekId());
            repo.insert(restored);
            assertThat(k.decryptString(a, ct)).isEqualTo("CANARY-name");
        }
    }

    @Test
    void restore_keyMovedToAnotherCaseOrArchive_failsToUnwrap() {
        InMemoryWrappedKeyRepository repo = new InMemoryWrappedKeyRepository();
        try (Keyring k = keyring(repo, new MutableClock())) {
            k.createCaseKey("c1");
            k.createBackupKey("bk-1");
            k.createBackupKey("bk-2");
            WrappedKey e =
                    k.archiveKeys("bk-1").export(repo.find(KeyKind.CASE, "c1").orElseThrow());
            WrappedKey moved = new WrappedKey(KeyKind.CASE, "c2", e.kekId(), e.wrapped(), e.createdAt());
            assertThatThrownBy(() -> k.archiveKeys("bk-1").restore(moved))
                    .isInstanceOf(DecryptionFailedException.class);
            WrappedKey otherArchive = new WrappedKey(KeyKind.CASE, "c1", "archive:bk-2", e.wrapped(), e.createdAt());
            assertThatThrownBy(() -> k.archiveKeys("bk-2").restore(otherArchive))
                    .isInstanceOf(DecryptionFailedException.class);
            byte[] flipped = e.wrapped();
            flipped[flipped.length / 2] ^= 1;
            WrappedKey altered = new WrappedKey(KeyKind.CASE, "c1", e.kekId(), flipped, e.createdAt());
            assertThatThrownBy(() -> k.archiveKeys("bk-1").restore(altered))
                    .isInstanceOf(DecryptionFailedException.class);
            assertThatThrownBy(() -> k.archiveKeys("bk-1")
                            .export(repo.find(KeyKind.BACKUP, "bk-2").orElseThrow()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void purgedCase_exportedBeforePurge_cannotComeBackOnceTheArchiveKeyExpired() {
        MutableClock clock = new MutableClock();
        InMemoryWrappedKeyRepository repo = new InMemoryWrappedKeyRepository();
        try (Keyring k = keyring(repo, clock)) {
            k.createCaseKey("c1");
            k.createBackupKey("bk-1");
            WrappedKey exported =
                    k.archiveKeys("bk-1").export(repo.find(KeyKind.CASE, "c1").orElseThrow());
            k.destroy("c1");
            clock.advance(Duration.ofDays(29));
            assertThat(k.expireBackupKeys(Keyring.DEFAULT_BACKUP_RETENTION)).isEmpty();
            assertThat(k.archiveKeys("bk-1").restore(exported).ownerId()).isEqualTo("c1"); // still revivable
            clock.advance(Duration.ofDays(2));
            assertThat(k.expireBackupKeys(Keyring.DEFAULT_BACKUP_RETENTION)).containsExactly("bk-1");
            assertThatThrownBy(() -> k.archiveKeys("bk-1")).isInstanceOf(BackupKeyUnavailableException.class);
        }
    }
}
