package org.uncounted.store;

/** The audit log failed verification: an entry was modified, deleted, inserted or reordered. */
public class AuditVerificationFailedException extends SecurityException {
    private static final long serialVersionUID = 1L;

    public AuditVerificationFailedException(String message) {
        super(message);
    }
}
