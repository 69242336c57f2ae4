package org.uncounted.app.web.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import org.uncounted.security.audit.AuditAction;
import org.uncounted.security.audit.AuditLog;
import org.uncounted.security.audit.AuditSink;
import org.uncounted.security.audit.InMemoryAuditSink;

/**
 * What the web layer audits (sign-ins, case edits, reads of identifying content, link decisions, runs),
 * appended to the security module's MACed hash-chained {@link AuditLog}. Entries hold user and object ids
 * only. {@link #inMemory} keeps the chain in memory with a random MAC key, until the store's audit sink is
 * wired in.
 */
public final class AuditTrail implements AutoCloseable {
    private final AuditLog log;
    private final AuditSink sink;

    public AuditTrail(AuditSink sink, byte[] macKey, Clock clock) {
        this.sink = sink;
        this.log = AuditLog.open(sink, macKey, clock);
    }

    public static AuditTrail inMemory(Clock clock) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            return new AuditTrail(new InMemoryAuditSink(), key, clock);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    public void record(String actorId, AuditAction action, String... objectIds) {
        log.append(actorId == null ? "anonymous" : actorId, action, objectIds);
    }

    public AuditSink sink() {
        return sink;
    }

    @Override
    public void close() {
        log.close();
    }
}
