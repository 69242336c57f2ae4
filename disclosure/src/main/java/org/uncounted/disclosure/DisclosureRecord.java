package org.uncounted.disclosure;

import java.math.BigDecimal;
import java.util.List;

/**
 * What disclosure control did to a release, for the methods appendix and the audit log. It holds
 * positions and parameters, never a suppressed value.
 *
 * @param rounding how published counts were rounded: "conventional (nearest multiple, half up)"
 * @param noise the mechanism used, e.g. {@code DiscreteLaplace[epsilon=1]}
 * @param epsilonSpent ε charged to the dataset's ledger by this release (0 without noise)
 * @param deltaSpent δ of the (ε, δ) guarantee of this release (0 for pure DP or no noise)
 */
public record DisclosureRecord(
        String datasetId,
        String releaseId,
        int threshold,
        int roundingBase,
        String rounding,
        int protectionWidth,
        String noise,
        BigDecimal epsilonSpent,
        BigDecimal deltaSpent,
        List<SuppressedCell> suppressed) {
    public DisclosureRecord {
        suppressed = List.copyOf(suppressed);
    }

    public long count(SuppressedCell.Reason reason) {
        return suppressed.stream().filter(s -> s.reason() == reason).count();
    }
}
