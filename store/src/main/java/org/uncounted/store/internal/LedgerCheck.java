package org.uncounted.store.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.uncounted.security.audit.AuditAction;
import org.uncounted.security.audit.AuditEntry;
import org.uncounted.security.audit.VerificationResult;

/**
 * Compares the privacy-budget ledger with the {@code BUDGET_CHARGED} entries of the (verified)
 * audit log: every charge the log recorded must still be in the ledger, and the ledger must hold
 * no charge the log did not record. Deleting ledger rows to win back budget, or inserting rows
 * behind the store's back, is thus reported by {@code audit verify}.
 */
final class LedgerCheck {
    private final StoreContext ctx;
    /** dataset|release|epsilon-id → (count, seq of the first audit entry). */
    private final Map<String, long[]> audited = new HashMap<>();

    LedgerCheck(StoreContext ctx) {
        this.ctx = ctx;
    }

    void accept(AuditEntry e) {
        if (e.action() != AuditAction.BUDGET_CHARGED || e.objectIds().size() < 3) return;
        String key = e.objectIds().get(0) + "|" + e.objectIds().get(1) + "|"
                + e.objectIds().get(2);
        audited.computeIfAbsent(key, k -> new long[] {0, e.seq()})[0]++;
    }

    /** {@code chain} itself if it failed or the ledger matches; otherwise why the ledger differs. */
    VerificationResult finish(VerificationResult chain) {
        if (!chain.valid()) return chain;
        Map<String, long[]> left = new HashMap<>();
        audited.forEach((k, v) -> left.put(k, v.clone()));
        long[] unaudited = {0};
        ctx.db()
                .jdbi()
                .useHandle(h -> h.createQuery("SELECT dataset_id, release_id, epsilon FROM privacy_ledger")
                        .map((rs, c) -> rs.getString(1) + "|" + rs.getString(2) + "|"
                                + PrivacyLedger.number("epsilon-", new BigDecimal(rs.getString(3))))
                        .forEach(k -> {
                            long[] v = left.get(k);
                            if (v == null || v[0] == 0) unaudited[0]++;
                            else v[0]--;
                        }));
        long missing = 0, firstSeq = Long.MAX_VALUE;
        for (long[] v : left.values()) {
            if (v[0] > 0) {
                missing += v[0];
                firstSeq = Math.min(firstSeq, v[1]);
            }
        }
        if (missing > 0) {
            return new VerificationResult(
                    false,
                    chain.entriesChecked(),
                    firstSeq,
                    "the privacy-budget ledger lacks " + missing + " charge(s) the audit log recorded (rows deleted?)");
        }
        if (unaudited[0] > 0) {
            return new VerificationResult(
                    false,
                    chain.entriesChecked(),
                    -1,
                    "the privacy-budget ledger holds " + unaudited[0] + " charge(s) the audit log never recorded");
        }
        return chain;
    }
}
