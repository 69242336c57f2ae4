package org.uncounted.disclosure;

/** Where disclosure control reports auditable events; the store wires its tamper-evident log here. */
@FunctionalInterface
public interface DisclosureAuditSink {
    void record(DisclosureAuditEvent event);

    /** Discards events; for tests and previews that publish nothing. */
    DisclosureAuditSink NONE = e -> {};
}
