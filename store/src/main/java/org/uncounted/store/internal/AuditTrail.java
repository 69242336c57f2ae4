package org.uncounted.store.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.uncounted.security.audit.AuditAction;
import org.uncounted.security.audit.AuditEntry;
import org.uncounted.security.audit.AuditLog;
import org.uncounted.security.audit.AuditSink;
import org.uncounted.security.audit.AuditVerifier;
import org.uncounted.security.audit.VerificationResult;

/**
 * The security module's hash-chained audit log persisted in the {@code audit_log} table. Every
 * append runs in the caller's transaction (so an entry exists exactly when the write it records
 * was committed); after a rollback the in-memory chain head is re-read from the table.
 */
public final class AuditTrail implements AutoCloseable {
    private final Jdbi jdbi;
    private final byte[] macKey;
    private final Clock clock;
    private AuditLog log;

    public AuditTrail(Jdbi jdbi, byte[] macKey, Clock clock) {
        this.jdbi = jdbi;
        this.macKey = macKey.clone();
        this.clock = clock;
        this.log = AuditLog.open(new Sink(), this.macKey, clock);
    }

    /** Appends an entry in the current transaction ({@link TxScope} must be active). */
    public synchronized AuditEntry append(String actor, AuditAction action, List<String> ids) {
        if (TxScope.current() == null) throw new IllegalStateException("audit append outside a transaction");
        return log.append(actor, action, ids);
    }

    /** Re-reads the chain head after a rolled-back transaction. */
    public synchronized void resync() {
        log.close();
        log = AuditLog.open(new Sink(), macKey, clock);
    }

    /** Verifies the whole stored chain (hashes, MACs, sequence) against an optional checkpoint. */
    public VerificationResult verify(org.uncounted.security.audit.AuditCheckpoint checkpoint) {
        List<byte[]> stored = jdbi.withHandle(h -> h.createQuery("SELECT entry FROM audit_log ORDER BY seq")
                .mapTo(byte[].class)
                .list());
        return AuditVerifier.verifyEncoded(stored, macKey, checkpoint);
    }

    /** The current head, for witnesses and the checkpoint file. */
    public synchronized org.uncounted.security.audit.AuditCheckpoint checkpoint() {
        return log.checkpoint();
    }

    @Override
    public synchronized void close() {
        log.close();
        Arrays.fill(macKey, (byte) 0);
    }

    private final class Sink implements AuditSink {
        @Override
        public Optional<AuditEntry> last() {
            return jdbi.withHandle(h -> h.createQuery("SELECT entry FROM audit_log ORDER BY seq DESC LIMIT 1")
                    .mapTo(byte[].class)
                    .findOne()
                    .map(AuditEntry::decode));
        }

        @Override
        public void append(AuditEntry e) {
            Handle h = TxScope.current().handle();
            h.createUpdate("INSERT INTO audit_log (seq, entry, entry_hash) VALUES (:seq, :entry, :hash)")
                    .bind("seq", e.seq())
                    .bind("entry", e.encode())
                    .bind("hash", e.entryHash())
                    .execute();
        }
    }
}
