package org.uncounted.app.web.auth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uncounted.security.access.Role;
import org.uncounted.security.access.User;
import org.uncounted.security.audit.AuditAction;
import org.uncounted.store.CaseStore;

/**
 * What the web layer audits itself (reads of identifying content it holds in memory, link decisions,
 * sign-outs, throttled sign-ins), appended to the store's tamper-evident audit log through {@link
 * org.uncounted.store.StoreSession#recordEvent}: user and object ids only. Sign-ins, case and draft writes
 * are audited by the store as it performs them.
 *
 * <p>Reads of identifying content are the most frequent event (every case page), so they are gathered per
 * user and written every {@link #FLUSH_MILLIS} ms in one transaction (up to 999 case ids an entry) instead
 * of one transaction per page: a crash can lose at most that last second of read entries, never a write's
 * (documented in docs/web.md). Everything else is written before the request returns.
 */
public final class AuditTrail implements AutoCloseable {
    static final long FLUSH_MILLIS = 1000;
    private static final int MAX_IDS = 999;
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    private final CaseStore store;
    private final Map<String, List<String>> pendingReads = new LinkedHashMap<>();
    private final ScheduledExecutorService flusher;

    public AuditTrail(CaseStore store) {
        this.store = store;
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "web-audit-flush");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(this::flushQuietly, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Records as a user known by id only (null: anonymous). */
    public void record(String actorId, AuditAction action, String... objectIds) {
        String actor = actorId == null ? "anonymous" : actorId;
        record(new User(actor, Set.of(Role.VIEWER), Set.of(), false), action, objectIds);
    }

    /** Records as {@code user}. */
    public void record(WebUser user, AuditAction action, String... objectIds) {
        record(user.account(), action, objectIds);
    }

    private void record(User user, AuditAction action, String... objectIds) {
        if (action == AuditAction.IDENTIFYING_READ) {
            synchronized (pendingReads) {
                pendingReads
                        .computeIfAbsent(user.userId(), k -> new ArrayList<>())
                        .addAll(List.of(objectIds));
            }
            return;
        }
        store.as(user).recordEvent(action, List.of(objectIds));
    }

    /** Writes the gathered reads now. */
    public void flush() {
        Map<String, List<String>> reads;
        synchronized (pendingReads) {
            if (pendingReads.isEmpty()) return;
            reads = new LinkedHashMap<>(pendingReads);
            pendingReads.clear();
        }
        reads.forEach((actor, ids) -> {
            var session = store.as(new User(actor, Set.of(Role.VIEWER), Set.of(), false));
            for (int i = 0; i < ids.size(); i += MAX_IDS) {
                session.recordEvent(AuditAction.IDENTIFYING_READ, ids.subList(i, Math.min(ids.size(), i + MAX_IDS)));
            }
        });
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.error(
                    "audit entries of identifying reads could not be written ({})",
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        flusher.shutdownNow();
        flush();
    }
}
