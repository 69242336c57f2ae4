package org.uncounted.security.audit;

import java.util.Optional;

/**
 * Persistence SPI for the audit log, implemented by the store: an append-only table (no UPDATE
 * or DELETE granted to the application's database user where the database supports it).
 */
public interface AuditSink {
    /** The last appended entry, if any (the log resumes from it). */
    Optional<AuditEntry> last();

    /** Appends one entry durably (in the caller's transaction when there is one). */
    void append(AuditEntry entry);
}
