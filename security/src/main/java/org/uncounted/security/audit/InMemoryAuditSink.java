package org.uncounted.security.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** In-memory {@link AuditSink} for tests and demos. */
public final class InMemoryAuditSink implements AuditSink {
    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized Optional<AuditEntry> last() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    @Override
    public synchronized void append(AuditEntry entry) {
        entries.add(entry);
    }

    /** A copy of every entry, in order. */
    public synchronized List<AuditEntry> entries() {
        return new ArrayList<>(entries);
    }
}
