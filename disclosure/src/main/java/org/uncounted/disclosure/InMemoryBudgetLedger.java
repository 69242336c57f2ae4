package org.uncounted.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link BudgetLedger} in memory, for tests and one-off sessions; forgets on exit. */
public final class InMemoryBudgetLedger implements BudgetLedger {
    private final Map<String, List<LedgerEntry>> entries = new HashMap<>();

    @Override
    public synchronized List<LedgerEntry> entries(String datasetId) {
        return List.copyOf(entries.getOrDefault(datasetId, List.of()));
    }

    @Override
    public synchronized boolean tryCharge(LedgerEntry entry, BigDecimal lifetimeCap) {
        if (spent(entry.datasetId()).add(entry.epsilon()).compareTo(lifetimeCap) > 0) {
            return false;
        }
        entries.computeIfAbsent(entry.datasetId(), k -> new ArrayList<>()).add(entry);
        return true;
    }
}
