package org.uncounted.security.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.uncounted.security.internal.Bytes;

/**
 * Appends hash-chained, MACed entries to an {@link AuditSink}. One instance per store; thread-safe.
 * Entries carry ids only: callers pass case/row/source ids, never names or narratives.
 */
public final class AuditLog implements AutoCloseable {
    private final AuditSink sink;
    private final byte[] macKey;
    private final Clock clock;
    private long seq;
    private byte[] head;

    private AuditLog(AuditSink sink, byte[] macKey, Clock clock, long seq, byte[] head) {
        this.sink = sink;
        this.macKey = macKey;
        this.clock = clock;
        this.seq = seq;
        this.head = head;
    }

    /**
     * Resumes the log from the sink's last entry, checking that entry's MAC.
     *
     * @param macKey from {@code Keyring.auditMacKey()}; copied, zero your array afterwards
     * @throws AuditTamperedException if the last stored entry does not verify
     */
    public static AuditLog open(AuditSink sink, byte[] macKey, Clock clock) {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(clock, "clock");
        if (macKey == null || macKey.length != 32) {
            throw new IllegalArgumentException("audit MAC key must be 32 bytes");
        }
        byte[] key = macKey.clone();
        return sink.last()
                .map(last -> {
                    if (!Bytes.constantTimeEquals(last.recomputeHash(), last.entryHash())
                            || !Bytes.constantTimeEquals(AuditEntry.mac(key, last.entryHash()), last.mac())) {
                        throw new AuditTamperedException(last.seq(), "last stored audit entry does not verify");
                    }
                    return new AuditLog(sink, key, clock, last.seq(), last.entryHash());
                })
                .orElseGet(() -> new AuditLog(sink, key, clock, 0, new byte[32]));
    }

    /** Records that {@code actorId} did {@code action} to {@code objectIds}; returns the stored entry. */
    public synchronized AuditEntry append(String actorId, AuditAction action, List<String> objectIds) {
        Instant now = clock.instant();
        AuditEntry e = AuditEntry.create(seq + 1, now, actorId, action, objectIds, head, macKey);
        sink.append(e);
        seq = e.seq();
        head = e.entryHash();
        return e;
    }

    /** Varargs convenience for {@link #append(String, AuditAction, List)}. */
    public AuditEntry append(String actorId, AuditAction action, String... objectIds) {
        return append(actorId, action, List.of(objectIds));
    }

    /** The current head, to hand to witnesses. */
    public synchronized AuditCheckpoint checkpoint() {
        return new AuditCheckpoint(seq, head);
    }

    /** Zeroes the MAC key. */
    @Override
    public synchronized void close() {
        Bytes.zero(macKey);
    }
}
