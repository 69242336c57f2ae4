package org.uncounted.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.uncounted.security.audit.AuditAction;
import org.uncounted.security.audit.AuditEntry;
import org.uncounted.security.audit.AuditLog;
import org.uncounted.security.audit.InMemoryAuditSink;
import org.uncounted.security.auth.PasswordHasher;
import org.uncounted.security.auth.PasswordParameters;
import org.uncounted.security.backup.BackupArchive;
import org.uncounted.security.backup.BackupEntry;
import org.uncounted.security.backup.BackupIntegrityException;
import org.uncounted.security.keys.InMemoryWrappedKeyRepository;
import org.uncounted.security.keys.KdfParameters;
import org.uncounted.security.keys.Keyring;
import org.uncounted.security.keys.KeyringHeader;
import org.uncounted.security.keys.KeyringRoot;
import org.uncounted.security.keys.Unlock;

/** Parsers of stored data fail only with their documented exception, whatever the input. */
class RobustnessTest {
    static final long SEED = 314159L;

    @Test
    void auditEntryDecode_randomAndMutatedInput_onlyIllegalArgument() {
        System.out.println("RobustnessTest seed " + SEED);
        SplittableRandom r = new SplittableRandom(SEED);
        InMemoryAuditSink sink = new InMemoryAuditSink();
        AuditLog.open(sink, new byte[32], java.time.Clock.systemUTC())
                .append("u1", AuditAction.EXPORTED_CODED, "a", "b");
        byte[] good = sink.entries().get(0).encode();
        for (int i = 0; i < 10_000; i++) {
            byte[] in = i % 2 == 0 ? random(r, r.nextInt(200)) : mutate(r, good);
            Throwable t = catchThrowable(() -> AuditEntry.decode(in));
            assertThat(t == null || t instanceof IllegalArgumentException)
                    .as("input %d: %s", i, t)
                    .isTrue();
        }
    }

    @Test
    void keyringHeaderDecode_mutatedInput_onlyIllegalArgument() {
        SplittableRandom r = new SplittableRandom(SEED);
        byte[] good = KeyringRoot.create(
                        Unlock.passphrase("robustness passphrase".toCharArray()), KdfParameters.forTestsOnly())
                .header()
                .encode();
        for (int i = 0; i < 5_000; i++) {
            byte[] in = mutate(r, good);
            Throwable t = catchThrowable(() -> KeyringHeader.decode(in));
            assertThat(t == null || t instanceof IllegalArgumentException)
                    .as("input %d: %s", i, t)
                    .isTrue();
        }
        String huge = new String(good, StandardCharsets.UTF_8).replaceFirst("m=\\d+", "m=999999999");
        assertThatThrownBy(() -> KeyringHeader.decode(huge.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void backupVerify_garbageAndMutations_onlyIntegrityException() throws IOException {
        SplittableRandom r = new SplittableRandom(SEED);
        try (Keyring k = Keyring.of(
                KeyringRoot.create(
                        Unlock.passphrase("robustness passphrase".toCharArray()), KdfParameters.forTestsOnly()),
                new InMemoryWrappedKeyRepository())) {
            var key = k.createBackupKey("bk");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BackupArchive.write(out, "bk", Instant.EPOCH, List.of(BackupEntry.of("a", random(r, 9000))), key);
            byte[] good = out.toByteArray();
            for (int i = 0; i < 300; i++) {
                byte[] in = i % 3 == 0 ? random(r, r.nextInt(300)) : mutateHeader(r, good);
                Throwable t = catchThrowable(() -> BackupArchive.verify(new ByteArrayInputStream(in), key));
                assertThat(t).as("input %d", i).isInstanceOf(BackupIntegrityException.class);
            }
        }
    }

    @Test
    void backupRead_handlerFailure_isReportedAsTheHandlersError() throws IOException {
        try (Keyring k = Keyring.of(
                KeyringRoot.create(
                        Unlock.passphrase("robustness passphrase".toCharArray()), KdfParameters.forTestsOnly()),
                new InMemoryWrappedKeyRepository())) {
            var key = k.createBackupKey("bk");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BackupArchive.write(out, "bk", Instant.EPOCH, List.of(BackupEntry.of("a", new byte[10])), key);
            assertThatThrownBy(() -> BackupArchive.read(new ByteArrayInputStream(out.toByteArray()), key, (n, in) -> {
                        throw new IOException("disk full");
                    }))
                    .isInstanceOf(IOException.class)
                    .isNotInstanceOf(SecurityException.class)
                    .hasMessage("disk full");
        }
    }

    @Test
    void passwordVerify_tamperedParameters_falseNotOutOfMemory() {
        PasswordHasher h = new PasswordHasher(PasswordParameters.forTestsOnly());
        String phc = h.hash("pw".toCharArray());
        assertThat(h.verify("pw".toCharArray(), phc.replace("m=256", "m=99999999")))
                .isFalse();
        assertThat(h.verify("pw".toCharArray(), phc.replace("t=1", "t=9999"))).isFalse();
        assertThat(h.verifyUnknownAccount("pw".toCharArray())).isFalse();
    }

    static byte[] random(SplittableRandom r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    static byte[] mutate(SplittableRandom r, byte[] good) {
        byte[] b = good.clone();
        int flips = 1 + r.nextInt(4);
        for (int i = 0; i < flips; i++) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        return r.nextInt(5) == 0 ? java.util.Arrays.copyOf(b, r.nextInt(b.length + 1)) : b;
    }

    static byte[] mutateHeader(SplittableRandom r, byte[] good) {
        byte[] b = good.clone();
        int pos = r.nextInt(Math.min(b.length, 60));
        b[pos] = (byte) (b[pos] ^ (1 + r.nextInt(255)));
        return b;
    }
}
