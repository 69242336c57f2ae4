package org.uncounted.security.backup;

/** A backup archive is corrupt, truncated, altered, or was opened with the wrong key. */
public class BackupIntegrityException extends SecurityException {
    private static final long serialVersionUID = 1L;

    public BackupIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
