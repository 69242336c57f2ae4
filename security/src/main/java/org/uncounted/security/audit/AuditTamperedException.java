package org.uncounted.security.audit;

/** The stored audit log does not verify; {@link #firstBadSeq()} names where it breaks. */
public class AuditTamperedException extends SecurityException {
    private static final long serialVersionUID = 1L;

    private final long firstBadSeq;

    public AuditTamperedException(long firstBadSeq, String message) {
        super("audit log broken at seq " + firstBadSeq + ": " + message);
        this.firstBadSeq = firstBadSeq;
    }

    public long firstBadSeq() {
        return firstBadSeq;
    }
}
