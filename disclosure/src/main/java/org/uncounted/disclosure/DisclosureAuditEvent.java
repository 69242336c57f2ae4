package org.uncounted.disclosure;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Something disclosure control did that the audit log must hold: a budget charged or refused, a
 * release prepared. Ids and numbers only.
 *
 * @param spentAfter the dataset's ε spent after this event
 * @param detail e.g. "3 tables, 5 primary, 7 complementary suppressions"
 */
public record DisclosureAuditEvent(
        Type type,
        String datasetId,
        String releaseId,
        BigDecimal epsilon,
        BigDecimal spentAfter,
        BigDecimal lifetimeCap,
        String detail,
        Instant at) {
    public enum Type {
        BUDGET_CHARGED,
        BUDGET_REFUSED,
        RELEASE_PREPARED
    }
}
