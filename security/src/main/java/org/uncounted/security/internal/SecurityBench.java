package org.uncounted.security.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.uncounted.security.audit.AuditAction;
import org.uncounted.security.audit.AuditEntry;
import org.uncounted.security.audit.AuditLog;
import org.uncounted.security.audit.AuditVerifier;
import org.uncounted.security.audit.InMemoryAuditSink;
import org.uncounted.security.auth.PasswordHasher;
import org.uncounted.security.auth.PasswordParameters;
import org.uncounted.security.backup.BackupArchive;
import org.uncounted.security.backup.BackupEntry;
import org.uncounted.security.keys.BlindIndexer;
import org.uncounted.security.keys.FieldAddress;
import org.uncounted.security.keys.InMemoryWrappedKeyRepository;
import org.uncounted.security.keys.KdfParameters;
import org.uncounted.security.keys.Keyring;
import org.uncounted.security.keys.KeyringHeader;
import org.uncounted.security.keys.KeyringRoot;
import org.uncounted.security.keys.Unlock;

/**
 * Prints the security figures recorded in docs/benchmarks.md: Argon2id unlock time with the
 * production parameters, password hashing, per-field AEAD throughput, blind indexes, audit log
 * append/verify, backup archive throughput and master-key rotation. Single-threaded; seed 42.
 */
public final class SecurityBench {
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private SecurityBench() {}

    public static void main(String[] args) throws IOException {
        System.out.println("java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cpus, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
        char[] pass = "benchmark passphrase of decent length".toCharArray();
        unlock(pass, KdfParameters.DEFAULT, "production default");
        unlock(pass, KdfParameters.of(64 * 1024, 3, 1), "floor (64 MiB, t=3)");
        PasswordHasher ph = new PasswordHasher(PasswordParameters.DEFAULT);
        String phc = ph.hash(pass);
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < 5; i++) {
            ph.verify(pass, phc);
        }
        System.out.printf(
                "password verify %s: %.0f ms wall, %.0f ms CPU%n",
                phc.substring(0, phc.indexOf("$", phc.indexOf("m="))),
                (System.nanoTime() - t0) / 5e6,
                (CPU.getCurrentThreadCpuTime() - c0) / 5e6);

        InMemoryWrappedKeyRepository repo = new InMemoryWrappedKeyRepository();
        try (Keyring k = Keyring.of(KeyringRoot.create(Unlock.passphrase(pass), KdfParameters.forTestsOnly()), repo)) {
            aead(k, 64, 200_000);
            aead(k, 2048, 50_000);
            blind(k.blindIndexer());
            audit(k.auditMacKey());
            backup(k);
            rotation(k, repo);
        }
    }

    private static void unlock(char[] pass, KdfParameters p, String label) {
        KeyringHeader h = KeyringRoot.create(Unlock.passphrase(pass), p).header();
        long[] ms = new long[3];
        long[] cpu = new long[3];
        for (int i = 0; i < 3; i++) {
            long c = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            KeyringRoot.unlock(h, Unlock.passphrase(pass)).close();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
            cpu[i] = (CPU.getCurrentThreadCpuTime() - c) / 1_000_000;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf(
                "unlock %s %s: median %d ms wall, %d ms CPU (wall runs %s)%n",
                label, p, ms[1], cpu[1], Arrays.toString(ms));
    }

    private static void aead(Keyring k, int size, int n) {
        SplittableRandom r = new SplittableRandom(42);
        int cases = 1000;
        for (int c = 0; c < cases; c++) {
            if (!k.hasCaseKey("bench-" + c)) {
                k.createCaseKey("bench-" + c);
            }
        }
        byte[] plain = new byte[size];
        r.nextBytes(plain);
        FieldAddress[] addr = new FieldAddress[cases];
        for (int c = 0; c < cases; c++) {
            addr[c] = new FieldAddress("bench-" + c, "case.narrative", "row-" + c);
        }
        byte[][] ct = new byte[n][];
        for (int i = 0; i < n / 4; i++) { // warm-up
            k.decrypt(addr[i % cases], k.encrypt(addr[i % cases], plain));
        }
        long t = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            ct[i] = k.encrypt(addr[i % cases], plain);
        }
        double enc = (CPU.getCurrentThreadCpuTime() - t) / 1e9;
        t = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            k.decrypt(addr[i % cases], ct[i]);
        }
        double dec = (CPU.getCurrentThreadCpuTime() - t) / 1e9;
        System.out.printf(
                "AEAD %d-byte field over %d cases, CPU time: encrypt %.0f/s (%.1f us, %.1f MB/s), decrypt %.0f/s (%.1f us),"
                        + " ciphertext %d bytes%n",
                size,
                cases,
                n / enc,
                enc * 1e6 / n,
                n * (double) size / enc / 1e6,
                n / dec,
                dec * 1e6 / n,
                ct[0].length);
    }

    private static void blind(BlindIndexer b) {
        int n = 200_000;
        for (int i = 0; i < n / 4; i++) {
            b.index("name.latin", "kim young-hee " + i);
        }
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            b.index("name.latin", "kim young-hee " + i);
        }
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf("blind index: %.0f/s (%.1f us)%n", n / s, s * 1e6 / n);
    }

    private static void audit(byte[] key) {
        int n = 100_000;
        InMemoryAuditSink sink = new InMemoryAuditSink();
        AuditLog log = AuditLog.open(sink, key, Clock.systemUTC());
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            log.append("u" + (i % 7), AuditAction.IDENTIFYING_READ, "case-" + i, "row-" + i);
        }
        double a = (System.nanoTime() - t) / 1e9;
        List<byte[]> enc = new ArrayList<>();
        for (AuditEntry e : sink.entries()) {
            enc.add(e.encode());
        }
        t = System.nanoTime();
        boolean ok = AuditVerifier.verifyEncoded(enc, key, log.checkpoint()).valid();
        double v = (System.nanoTime() - t) / 1e9;
        System.out.printf(
                "audit: append %.0f/s, verify %d stored entries %.2f s (%.0f/s, valid=%b), %d bytes/entry%n",
                n / a, n, v, n / v, ok, enc.get(0).length);
    }

    private static void backup(Keyring k) throws IOException {
        byte[] data = new byte[64 << 20];
        new SplittableRandom(42).nextBytes(data);
        var key = k.createBackupKey("bench-archive");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(data.length + (1 << 20));
        long t = System.nanoTime();
        BackupArchive.write(out, "bench-archive", Instant.now(), List.of(BackupEntry.of("db/data", data)), key);
        double w = (System.nanoTime() - t) / 1e9;
        byte[] arc = out.toByteArray();
        t = System.nanoTime();
        BackupArchive.read(
                new ByteArrayInputStream(arc), key, (n, in) -> in.transferTo(OutputStream.nullOutputStream()));
        double r = (System.nanoTime() - t) / 1e9;
        System.out.printf(
                "backup 64 MiB: write %.0f MB/s, verify/read %.0f MB/s, overhead %.2f%%%n",
                data.length / w / 1e6, data.length / r / 1e6, 100.0 * (arc.length - data.length) / data.length);
    }

    private static void rotation(Keyring k, InMemoryWrappedKeyRepository repo) {
        for (int c = 0; c < 10_000; c++) {
            if (!k.hasCaseKey("rot-" + c)) {
                k.createCaseKey("rot-" + c);
            }
        }
        int keys = repo.findAll().size();
        long t = System.nanoTime();
        k.rotate(Unlock.passphrase("another benchmark passphrase".toCharArray()), KdfParameters.forTestsOnly());
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf("rotation (test KDF) re-wrapping %d keys: %.2f s (%.0f keys/s)%n", keys, s, keys / s);
    }
}
