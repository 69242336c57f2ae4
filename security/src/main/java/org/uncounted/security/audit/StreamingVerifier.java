package org.uncounted.security.audit;

import javax.crypto.Mac;
import org.uncounted.security.internal.Bytes;
import org.uncounted.security.internal.Hkdf;

/**
 * Verifies an audit log one entry at a time, in constant memory, for logs too large to load
 * (the store streams its table through it). Same checks and same first-bad-seq reporting as
 * {@link AuditVerifier#verify}: feed entries in stored order with {@link #accept}, then call
 * {@link #finish}. After the first failure further entries are ignored.
 */
public final class StreamingVerifier {
    private final Mac mac;
    private final AuditCheckpoint checkpoint;
    private byte[] prev = new byte[32];
    private long n;
    private VerificationResult failure;

    /**
     * @param macKey the audit MAC key, or null to skip MAC checks
     * @param checkpoint a previously witnessed head, or null
     */
    public StreamingVerifier(byte[] macKey, AuditCheckpoint checkpoint) {
        this.mac = macKey == null ? null : Hkdf.hmacSha256(macKey);
        this.checkpoint = checkpoint;
    }

    /** Checks the next stored entry; returns false once the log is known to be bad. */
    public boolean accept(AuditEntry e) {
        n++;
        if (failure != null) {
            return false;
        }
        long expected = n;
        String reason = null;
        byte[] hash = e.entryHash();
        if (e.seq() != expected) {
            reason = "expected seq " + expected + ", found " + e.seq();
        } else if (!Bytes.constantTimeEquals(e.prevHash(), prev)) {
            reason = "prevHash does not match the previous entry";
        } else if (!Bytes.constantTimeEquals(e.recomputeHash(), hash)) {
            reason = "entry hash does not match its content";
        } else if (mac != null && !Bytes.constantTimeEquals(AuditEntry.mac(mac, hash), e.mac())) {
            reason = "MAC does not verify";
        } else if (checkpoint != null
                && expected == checkpoint.size()
                && !Bytes.constantTimeEquals(hash, checkpoint.headHash())) {
            reason = "entry differs from the witnessed checkpoint";
        }
        if (reason != null) {
            failure = VerificationResult.bad(n, expected, reason);
            return false;
        }
        prev = hash;
        return true;
    }

    /** Records that the entry at the next position could not be decoded. */
    public void undecodable() {
        n++;
        if (failure == null) {
            failure = VerificationResult.bad(n, n, "entry cannot be decoded");
        }
    }

    /** The verdict over everything accepted so far, including the checkpoint's size. */
    public VerificationResult finish() {
        if (failure != null) {
            return new VerificationResult(false, n, failure.firstBadSeq(), failure.reason());
        }
        if (checkpoint != null && n < checkpoint.size()) {
            return VerificationResult.bad(
                    n, n + 1, "log has " + n + " entries, the checkpoint witnessed " + checkpoint.size());
        }
        return VerificationResult.ok(n);
    }
}
