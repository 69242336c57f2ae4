package org.uncounted.security.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.StreamingAead;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.uncounted.security.keys.InMemoryWrappedKeyRepository;
import org.uncounted.security.keys.KdfParameters;
import org.uncounted.security.keys.Keyring;
import org.uncounted.security.keys.KeyringRoot;
import org.uncounted.security.keys.Unlock;

class BackupArchiveTest {
    static Keyring keyring() {
        return Keyring.of(
                KeyringRoot.create(
                        Unlock.passphrase("backup test passphrase".toCharArray()), KdfParameters.forTestsOnly()),
                new InMemoryWrappedKeyRepository());
    }

    static byte[] archive(StreamingAead key, Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<BackupEntry> entries = files.entrySet().stream()
                .map(e -> BackupEntry.of(e.getKey(), e.getValue()))
                .toList();
        BackupArchive.write(out, "bk-1", Instant.parse("2026-11-29T09:00:00Z"), entries, key);
        return out.toByteArray();
    }

    static Map<String, byte[]> files(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("db/uncounted.mv.db", bytes(r, 20_000));
        m.put("keys/keyring.header", bytes(r, 300));
        m.put("attachments/empty", new byte[0]);
        return m;
    }

    static byte[] bytes(SplittableRandom r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    @Test
    void writeVerifyRead_roundTripsEveryEntry() throws IOException {
        try (Keyring k = keyring()) {
            StreamingAead key = k.createBackupKey("bk-1");
            Map<String, byte[]> files = files(1);
            byte[] arc = archive(key, files);
            assertThat(BackupArchive.archiveId(new ByteArrayInputStream(arc))).isEqualTo("bk-1");
            BackupManifest m = BackupArchive.verify(new ByteArrayInputStream(arc), k.backupKey("bk-1"));
            assertThat(m.entries()).extracting(ManifestEntry::name).containsExactlyElementsOf(files.keySet());
            Map<String, byte[]> restored = new LinkedHashMap<>();
            BackupArchive.read(new ByteArrayInputStream(arc), key, (name, in) -> restored.put(name, in.readAllBytes()));
            assertThat(restored).containsOnlyKeys(files.keySet());
            files.forEach((n, b) -> assertThat(restored.get(n)).isEqualTo(b));
        }
    }

    @Test
    void verify_anyFlippedByteOrTruncation_fails() throws IOException {
        long seed = 20261129L;
        System.out.println("BackupArchiveTest seed " + seed);
        SplittableRandom r = new SplittableRandom(seed);
        try (Keyring k = keyring()) {
            StreamingAead key = k.createBackupKey("bk-1");
            byte[] arc = archive(key, files(2));
            for (int i = 0; i < 200; i++) {
                byte[] bad = arc.clone();
                int pos = r.nextInt(bad.length);
                bad[pos] ^= (byte) (1 + r.nextInt(255));
                assertThatThrownBy(() -> BackupArchive.verify(new ByteArrayInputStream(bad), key))
                        .as("flip at %d", pos)
                        .isInstanceOf(SecurityException.class);
            }
            for (int i = 0; i < 50; i++) {
                int len = r.nextInt(arc.length);
                byte[] cut = java.util.Arrays.copyOf(arc, len);
                assertThatThrownBy(() -> BackupArchive.verify(new ByteArrayInputStream(cut), key))
                        .as("truncated to %d", len)
                        .isInstanceOf(SecurityException.class);
            }
        }
    }

    @Test
    void verify_wrongKey_fails() throws IOException {
        try (Keyring k = keyring()) {
            byte[] arc = archive(k.createBackupKey("bk-1"), files(3));
            StreamingAead other = k.createBackupKey("bk-2");
            assertThatThrownBy(() -> BackupArchive.verify(new ByteArrayInputStream(arc), other))
                    .isInstanceOf(BackupIntegrityException.class);
        }
    }
}
