package org.uncounted.security.audit;

import java.util.List;
import org.uncounted.security.internal.Bytes;

/**
 * Verifies a stored audit log. Detects any modified, deleted, inserted or reordered entry and
 * reports the first bad sequence number:
 *
 * <ul>
 *   <li>entry at position i must have seq i (1-based): catches deletion, insertion, reordering;
 *   <li>its prevHash must equal the previous entry's hash: same, plus splicing;
 *   <li>its entryHash must match its recomputed body hash: catches edits of any field;
 *   <li>with the MAC key, its MAC must verify: catches an attacker who rewrote the whole chain
 *       (they can recompute hashes but not MACs);
 *   <li>with a checkpoint, the log must reach it with the same head hash: catches truncation of
 *       the newest entries (which no internal check can see).
 * </ul>
 *
 * <p>Without the MAC key (a third party holding only checkpoints) the chain still proves that
 * the log extends every checkpoint the party holds.
 */
public final class AuditVerifier {
    private AuditVerifier() {}

    /**
     * @param entries the stored entries in stored order
     * @param macKey the audit MAC key, or null to skip MAC checks
     * @param checkpoint a previously witnessed head, or null
     */
    public static VerificationResult verify(List<AuditEntry> entries, byte[] macKey, AuditCheckpoint checkpoint) {
        StreamingVerifier v = new StreamingVerifier(macKey, checkpoint);
        for (AuditEntry e : entries) {
            v.accept(e);
        }
        return v.finish();
    }

    /**
     * Checks, without any secret, that {@code newer} extends {@code older}: the entries after
     * {@code older} (seq older.size+1 … newer.size, in order) chain from older's head to newer's
     * head. What a witness runs before cosigning a new checkpoint.
     */
    public static VerificationResult extendsCheckpoint(
            AuditCheckpoint older, List<AuditEntry> entriesAfter, AuditCheckpoint newer) {
        long n = entriesAfter.size();
        if (newer.size() != older.size() + n) {
            return VerificationResult.bad(
                    n,
                    older.size() + 1,
                    "checkpoint sizes " + older.size() + " -> " + newer.size() + " need "
                            + (newer.size() - older.size()) + " entries, got " + n);
        }
        byte[] prev = older.headHash();
        for (int i = 0; i < entriesAfter.size(); i++) {
            AuditEntry e = entriesAfter.get(i);
            long expected = older.size() + i + 1;
            if (e.seq() != expected || !Bytes.constantTimeEquals(e.prevHash(), prev)) {
                return VerificationResult.bad(n, expected, "entry does not chain from the older checkpoint");
            }
            if (!Bytes.constantTimeEquals(e.recomputeHash(), e.entryHash())) {
                return VerificationResult.bad(n, expected, "entry hash does not match its content");
            }
            prev = e.entryHash();
        }
        if (!Bytes.constantTimeEquals(prev, newer.headHash())) {
            return VerificationResult.bad(n, newer.size(), "chain does not end at the newer checkpoint's head");
        }
        return VerificationResult.ok(n);
    }

    /**
     * Verifies stored encodings ({@link AuditEntry#encode()}); an undecodable entry is bad at its
     * position.
     */
    public static VerificationResult verifyEncoded(List<byte[]> stored, byte[] macKey, AuditCheckpoint checkpoint) {
        StreamingVerifier v = new StreamingVerifier(macKey, checkpoint);
        for (byte[] b : stored) {
            AuditEntry e;
            try {
                e = AuditEntry.decode(b);
            } catch (IllegalArgumentException ex) {
                v.undecodable();
                continue;
            }
            v.accept(e);
        }
        return v.finish();
    }
}
