package org.uncounted.security.keys;

/** A backup archive's key was never created here or has expired (retention) and was destroyed. */
public class BackupKeyUnavailableException extends SecurityException {
    private static final long serialVersionUID = 1L;

    public BackupKeyUnavailableException(String archiveId) {
        super("no key for backup archive " + archiveId + " (unknown, or expired under the backup retention)");
    }
}
