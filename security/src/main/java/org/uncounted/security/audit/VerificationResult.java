package org.uncounted.security.audit;

/**
 * Outcome of {@link AuditVerifier#verify}.
 *
 * @param valid true if every check passed
 * @param entriesChecked how many entries were read
 * @param firstBadSeq the first position (1-based seq) that failed, or -1 when valid
 * @param reason why it failed (no content, ids and rule only), or "ok"
 */
public record VerificationResult(boolean valid, long entriesChecked, long firstBadSeq, String reason) {
    static VerificationResult ok(long n) {
        return new VerificationResult(true, n, -1, "ok");
    }

    static VerificationResult bad(long n, long seq, String reason) {
        return new VerificationResult(false, n, seq, reason);
    }

    /** Throws {@link AuditTamperedException} unless valid. */
    public void orThrow() {
        if (!valid) {
            throw new AuditTamperedException(firstBadSeq, reason);
        }
    }
}
