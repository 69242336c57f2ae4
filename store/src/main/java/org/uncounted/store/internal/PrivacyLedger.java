package org.uncounted.store.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.uncounted.disclosure.BudgetLedger;
import org.uncounted.disclosure.DisclosureAuditEvent;
import org.uncounted.disclosure.DisclosureAuditSink;
import org.uncounted.disclosure.LedgerEntry;
import org.uncounted.security.audit.AuditAction;

/**
 * The disclosure module's {@link BudgetLedger} on the {@code privacy_ledger} table, audited.
 * {@link #tryCharge} reads the dataset's total, and either appends the entry with a
 * {@code BUDGET_CHARGED} audit entry or appends a {@code BUDGET_REFUSED} audit entry, in ONE
 * transaction. Atomicity: within this process charges are serialised; across processes the
 * primary key (dataset, seq) and the audit log's sequence make two concurrent charges clash, and
 * the loser's whole transaction is retried, so it re-reads a total that includes the winner.
 */
public final class PrivacyLedger implements BudgetLedger {
    private static final int ATTEMPTS = 20;

    private final StoreContext ctx;
    private final String actor;

    public PrivacyLedger(StoreContext ctx, String actor) {
        this.ctx = ctx;
        this.actor = actor;
    }

    @Override
    public List<LedgerEntry> entries(String datasetId) {
        return ctx.read(h -> entries(h, datasetId));
    }

    @Override
    public boolean tryCharge(LedgerEntry entry, BigDecimal lifetimeCap) {
        synchronized (ctx.ledgerLock()) {
            return ctx.writeRetryingConflicts(h -> charge(h, entry, lifetimeCap), ATTEMPTS);
        }
    }

    private boolean charge(Handle h, LedgerEntry entry, BigDecimal cap) {
        List<LedgerEntry> prior = entries(h, entry.datasetId());
        BigDecimal spent = prior.stream().map(LedgerEntry::epsilon).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal after = spent.add(entry.epsilon());
        boolean fits = after.compareTo(cap) <= 0;
        if (fits) {
            h.createUpdate("INSERT INTO privacy_ledger (dataset_id, seq, release_id, mechanism, table_count, epsilon,"
                            + " delta, charged_at) VALUES (:d, :seq, :r, :m, :t, :e, :delta, :at)")
                    .bind("d", entry.datasetId())
                    .bind("seq", prior.size() + 1)
                    .bind("r", entry.releaseId())
                    .bind("m", entry.mechanism())
                    .bind("t", entry.tables())
                    .bind("e", entry.epsilon().toPlainString())
                    .bind("delta", entry.delta().toPlainString())
                    .bind("at", OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC))
                    .execute();
        }
        ctx.audit()
                .append(
                        actor,
                        fits ? AuditAction.BUDGET_CHARGED : AuditAction.BUDGET_REFUSED,
                        List.of(
                                entry.datasetId(),
                                entry.releaseId(),
                                number("epsilon-", entry.epsilon()),
                                number("spent-", fits ? after : spent),
                                number("cap-", cap)));
        return fits;
    }

    private static List<LedgerEntry> entries(Handle h, String datasetId) {
        List<LedgerEntry> out = new ArrayList<>();
        h.createQuery("SELECT release_id, mechanism, table_count, epsilon, delta, charged_at FROM privacy_ledger"
                        + " WHERE dataset_id = :d ORDER BY seq")
                .bind("d", datasetId)
                .map((rs, c) -> new LedgerEntry(
                        datasetId,
                        rs.getString("release_id"),
                        rs.getString("mechanism"),
                        rs.getInt("table_count"),
                        new BigDecimal(rs.getString("epsilon")),
                        new BigDecimal(rs.getString("delta")),
                        rs.getObject("charged_at", OffsetDateTime.class).toInstant()))
                .forEach(out::add);
        return out;
    }

    /** An audit id for a number: {@code prefix} and the value, at most 128 characters (rounded up if longer). */
    static String number(String prefix, BigDecimal v) {
        String s = v.toPlainString();
        if (prefix.length() + s.length() > 128) {
            s = v.round(new MathContext(24, RoundingMode.UP)).toString();
        }
        return prefix + s;
    }

    /**
     * The disclosure module's audit sink onto the store's audit log. Records
     * {@code RELEASE_PREPARED}; budget events are already recorded by {@link #tryCharge} in the
     * ledger's own transaction (atomically with the charge), so they are not recorded twice.
     */
    public static DisclosureAuditSink auditSink(StoreContext ctx, String actor) {
        return event -> {
            if (event.type() != DisclosureAuditEvent.Type.RELEASE_PREPARED) return;
            String detail = event.detail() == null ? "-" : event.detail().replaceAll("[^A-Za-z0-9._:-]+", "_");
            if (detail.length() > 128) detail = detail.substring(0, 128);
            if (detail.isEmpty()) detail = "-";
            String d = detail;
            ctx.write(h -> ctx.audit()
                    .append(
                            actor,
                            AuditAction.RELEASE_PREPARED,
                            List.of(
                                    event.datasetId(),
                                    event.releaseId(),
                                    number("epsilon-", event.epsilon()),
                                    number("spent-", event.spentAfter()),
                                    d)));
        };
    }
}
