package org.uncounted.disclosure;

import java.math.BigDecimal;
import java.util.List;

/**
 * The cumulative privacy budget of each dataset over all its releases (sequential composition:
 * the ε of every release adds up). The store implements this SPI over its database and tamper-
 * evident log; {@link InMemoryBudgetLedger} and {@link FileBudgetLedger} are provided.
 */
public interface BudgetLedger {
    /** Every charge made against the dataset, oldest first. */
    List<LedgerEntry> entries(String datasetId);

    /** Total ε spent on the dataset so far. */
    default BigDecimal spent(String datasetId) {
        return entries(datasetId).stream().map(LedgerEntry::epsilon).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Atomically: if spent + entry.epsilon ≤ lifetimeCap, records the entry and returns true;
     * otherwise records nothing and returns false. Implementations must make check-and-append one
     * step, so two concurrent releases cannot both pass a cap only one of them fits under.
     */
    boolean tryCharge(LedgerEntry entry, BigDecimal lifetimeCap);
}
