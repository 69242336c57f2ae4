package org.uncounted.disclosure;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One charge against a dataset's privacy budget: which release spent how much, with which
 * mechanism, over how many tables. Ids only, never content.
 */
public record LedgerEntry(
        String datasetId,
        String releaseId,
        String mechanism,
        int tables,
        BigDecimal epsilon,
        BigDecimal delta,
        Instant at) {
    public LedgerEntry {
        Release.checkId("datasetId", datasetId);
        Release.checkId("releaseId", releaseId);
        if (mechanism == null || !mechanism.matches("[A-Za-z0-9_=.,\\[\\] -]{1,200}")) {
            throw new InvalidTableException("ledger mechanism has characters outside [A-Za-z0-9_=.,[] -]");
        }
        if (epsilon.signum() < 0 || delta.signum() < 0 || tables < 0) {
            throw new InvalidTableException("ledger ε, δ and tables must be ≥ 0");
        }
    }
}
