package org.uncounted.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** G12: every single-byte flip, deletion, insertion and reordering of stored entries is detected. */
class AuditTamperTest {
    static final int LOG_SIZE = 100;
    static final int TAMPERINGS = 10_000;

    @Test
    void randomTamperings_allDetected_atTheTamperedSeq() {
        long seed = 12_2026_11_29L;
        System.out.println("AuditTamperTest seed " + seed);
        SplittableRandom r = new SplittableRandom(seed);
        List<AuditEntry> entries = AuditLogTest.log(LOG_SIZE);
        List<byte[]> stored = new ArrayList<>();
        entries.forEach(e -> stored.add(e.encode()));
        AuditCheckpoint cp =
                new AuditCheckpoint(LOG_SIZE, entries.get(LOG_SIZE - 1).entryHash());
        assertThat(AuditVerifier.verifyEncoded(stored, AuditLogTest.KEY, cp).valid())
                .isTrue();

        int[] detected = new int[4];
        int[] tried = new int[4];
        for (int t = 0; t < TAMPERINGS; t++) {
            List<byte[]> copy = new ArrayList<>(stored);
            int kind = r.nextInt(4);
            long expectedBad;
            switch (kind) {
                case 0 -> { // flip one byte of one stored entry
                    int i = r.nextInt(LOG_SIZE);
                    byte[] b = copy.get(i).clone();
                    b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
                    copy.set(i, b);
                    expectedBad = i + 1;
                }
                case 1 -> { // delete one entry (the last one included)
                    int i = r.nextInt(LOG_SIZE);
                    copy.remove(i);
                    expectedBad = i + 1;
                }
                case 2 -> { // insert a copy of another entry, or a re-encoded forgery, anywhere
                    int at = r.nextInt(LOG_SIZE + 1);
                    byte[] ins = r.nextBoolean()
                            ? stored.get(r.nextInt(LOG_SIZE))
                            : forged(entries.get(Math.max(0, at - 1)), at + 1);
                    copy.add(at, ins);
                    // a duplicate of the entry already at that position is the same as inserting it one later
                    expectedBad = at < LOG_SIZE && ins == stored.get(at) ? at + 2 : at + 1;
                }
                default -> { // swap two entries, or move one elsewhere
                    int i = r.nextInt(LOG_SIZE);
                    int j = r.nextInt(LOG_SIZE - 1);
                    if (j >= i) {
                        j++;
                    }
                    if (r.nextBoolean()) {
                        byte[] tmp = copy.get(i);
                        copy.set(i, copy.get(j));
                        copy.set(j, tmp);
                    } else {
                        copy.add(j, copy.remove(i));
                    }
                    expectedBad = Math.min(i, j) + 1;
                }
            }
            tried[kind]++;
            VerificationResult res = AuditVerifier.verifyEncoded(copy, AuditLogTest.KEY, cp);
            if (!res.valid()) {
                detected[kind]++;
                assertThat(res.firstBadSeq())
                        .as("seed %d tampering %d kind %d", seed, t, kind)
                        .isEqualTo(expectedBad);
            }
        }
        System.out.printf(
                "tried flip/delete/insert/reorder %s, detected %s%n",
                java.util.Arrays.toString(tried), java.util.Arrays.toString(detected));
        assertThat(detected).containsExactly(tried);
    }

    /** A plausible forged entry: right seq and prevHash, hash recomputed, but MAC under a guessed key. */
    private static byte[] forged(AuditEntry prev, long seq) {
        return AuditEntry.create(
                        seq,
                        prev.time(),
                        "intruder",
                        AuditAction.CASE_EDITED,
                        List.of("case-x"),
                        prev.entryHash(),
                        new byte[32])
                .encode();
    }
}
