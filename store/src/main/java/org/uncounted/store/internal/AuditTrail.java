package org.uncounted.store.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.uncounted.security.audit.AuditAction;
import org.uncounted.security.audit.AuditCheckpoint;
import org.uncounted.security.audit.AuditEntry;
import org.uncounted.security.audit.AuditLog;
import org.uncounted.security.audit.AuditSink;
import org.uncounted.security.audit.MerkleFrontier;
import org.uncounted.security.audit.MerkleTree;
import org.uncounted.security.audit.StreamingVerifier;
import org.uncounted.security.audit.VerificationResult;

/**
 * The security module's hash-chained audit log persisted in the {@code audit_log} table. Every
 * append runs in the caller's transaction (so an entry exists exactly when the write it records
 * was committed); after a rollback the in-memory chain head is re-read from the table. Keeps the
 * RFC 6962 tree head of the log incrementally ({@link MerkleFrontier}) so that the external
 * anchor can be signed after every commit without rehashing the log.
 */
public final class AuditTrail implements AutoCloseable {
    private final Jdbi jdbi;
    private final byte[] macKey;
    private final Clock clock;
    private AuditLog log;
    private MerkleFrontier frontier;
    private final ThreadLocal<Head> appendedHere = new ThreadLocal<>();
    /** The transaction handle whose first append compared the chain head with the table. */
    private Handle checkedIn;

    public AuditTrail(Jdbi jdbi, byte[] macKey, Clock clock) {
        this.jdbi = jdbi;
        this.macKey = macKey.clone();
        this.clock = clock;
        this.log = AuditLog.open(new Sink(), this.macKey, clock);
        this.frontier = frontier();
    }

    /** Appends an entry in the current transaction ({@link TxScope} must be active). */
    public synchronized AuditEntry append(String actor, AuditAction action, List<String> ids) {
        TxScope tx = TxScope.current();
        if (tx == null) throw new IllegalStateException("audit append outside a transaction");
        if (tx.handle() != checkedIn) {
            // another process sharing the database may have appended since: catch up first, so
            // this transaction does not clash with it on the sequence number
            checkedIn = tx.handle();
            long stored = checkedIn
                    .createQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_log")
                    .mapTo(Long.class)
                    .one();
            if (stored > log.checkpoint().size()) resync();
        }
        AuditEntry e = log.append(actor, action, ids);
        frontier.add(e);
        appendedHere.set(new Head(log.checkpoint(), frontier.root()));
        return e;
    }

    /**
     * The head as of this thread's last append, cleared by the call: after a commit, the state
     * that transaction made durable (other threads' uncommitted appends that came later are not
     * in it). Null if this thread appended nothing since the last call.
     */
    public Head takeHeadAppendedHere() {
        Head h = appendedHere.get();
        appendedHere.remove();
        return h;
    }

    /** Re-reads the chain head after a rolled-back transaction. */
    public synchronized void resync() {
        log.close();
        log = AuditLog.open(new Sink(), macKey, clock);
        frontier = frontier();
    }

    private MerkleFrontier frontier() {
        MerkleFrontier f = new MerkleFrontier();
        jdbi.useHandle(h -> h.createQuery("SELECT entry FROM audit_log ORDER BY seq")
                .mapTo(byte[].class)
                .useStream(s -> s.forEach(b -> f.addLeafHash(MerkleTree.leafHash(b)))));
        return f;
    }

    /**
     * Verifies the whole stored chain (hashes, MACs, sequence) against an optional checkpoint
     * and, when {@code treeRoot} is given, the RFC 6962 tree head of the checkpoint's first
     * {@code size} entries. Streams the table: constant memory.
     */
    public VerificationResult verify(AuditCheckpoint checkpoint, byte[] treeRoot) {
        return verify(checkpoint, treeRoot, e -> {});
    }

    /** As {@link #verify(AuditCheckpoint, byte[])}, handing every decoded entry to {@code each} too. */
    public VerificationResult verify(
            AuditCheckpoint checkpoint, byte[] treeRoot, java.util.function.Consumer<AuditEntry> each) {
        StreamingVerifier v = new StreamingVerifier(macKey, checkpoint);
        MerkleFrontier f = new MerkleFrontier();
        long[] rootMismatchAt = {-1};
        jdbi.useHandle(h -> h.createQuery("SELECT entry FROM audit_log ORDER BY seq")
                .mapTo(byte[].class)
                .useStream(s -> s.forEach(b -> {
                    AuditEntry e;
                    try {
                        e = AuditEntry.decode(b);
                    } catch (IllegalArgumentException ex) {
                        v.undecodable();
                        return;
                    }
                    v.accept(e);
                    each.accept(e);
                    f.addLeafHash(MerkleTree.leafHash(b));
                    if (treeRoot != null
                            && checkpoint != null
                            && f.size() == checkpoint.size()
                            && !Arrays.equals(f.root(), treeRoot)) {
                        rootMismatchAt[0] = f.size();
                    }
                })));
        VerificationResult r = v.finish();
        if (r.valid() && rootMismatchAt[0] > 0) {
            return new VerificationResult(
                    false, r.entriesChecked(), rootMismatchAt[0], "Merkle tree head differs from the anchor's");
        }
        return r;
    }

    /** Verifies the whole stored chain against an optional checkpoint (no tree head). */
    public VerificationResult verify(AuditCheckpoint checkpoint) {
        return verify(checkpoint, null);
    }

    /** The current head, for witnesses and the checkpoint file. */
    public synchronized AuditCheckpoint checkpoint() {
        return log.checkpoint();
    }

    /** The current head and the RFC 6962 tree head of the same entries, read together. */
    public synchronized Head head() {
        return new Head(log.checkpoint(), frontier.root());
    }

    /** A chain head and the Merkle tree head of the same entries. */
    public record Head(AuditCheckpoint checkpoint, byte[] treeRoot) {}

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
