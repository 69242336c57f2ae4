package org.uncounted.security.keys;

/**
 * A case has no data key: it was never created or it was destroyed (crypto-shredded). Its
 * fields can no longer be decrypted. The message names the case id only.
 */
public class CaseKeyUnavailableException extends SecurityException {
    private static final long serialVersionUID = 1L;

    private final String caseId;

    public CaseKeyUnavailableException(String caseId) {
        super("no data key for case " + caseId + " (never created, or destroyed by purge)");
        this.caseId = caseId;
    }

    public String caseId() {
        return caseId;
    }
}
