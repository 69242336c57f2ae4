package org.uncounted.estimation;

import java.util.List;
import java.util.Objects;

/**
 * One population-size estimate with its interval and everything needed to read it honestly.
 *
 * @param source the table's label (file, stratum)
 * @param method the method label, e.g. "stepwise"
 * @param model the log-linear model in Rcapture notation (e.g. "[12,13,24]"), or a description for
 *     non-log-linear methods (e.g. "Mth Chao")
 * @param termsAdded for stepwise: the interactions added, in order, by list names ("LA·NG"), boundary
 *     pairs excluded (they are in {@link MseDiagnostics#boundaryTerms()}); empty otherwise
 * @param lists the list names in column order
 * @param observed cases observed on at least one list
 * @param estimate N̂, observed plus estimated dark figure
 * @param lower lower limit
 * @param upper upper limit (may be infinite for a profile interval that does not close)
 * @param level coverage of the interval, e.g. 0.95
 * @param intervalMethod the interval's method
 * @param diagnostics overlaps, boundary terms, spread across best models, bootstrap failures
 * @param bootstrapEstimates the replicate estimates (sorted) when the interval is a bootstrap one, for
 *     pooling over linkage replicates; empty otherwise
 */
public record MseResult(
        String source,
        String method,
        String model,
        List<String> termsAdded,
        List<String> lists,
        long observed,
        double estimate,
        double lower,
        double upper,
        double level,
        IntervalMethod intervalMethod,
        MseDiagnostics diagnostics,
        double[] bootstrapEstimates) {
    public MseResult {
        Objects.requireNonNull(method, "method");
        termsAdded = List.copyOf(termsAdded);
        lists = List.copyOf(lists);
        bootstrapEstimates = bootstrapEstimates == null ? new double[0] : bootstrapEstimates.clone();
        if (!(estimate >= observed) || !(lower <= upper)) {
            throw new IllegalStateException("inconsistent estimate " + estimate + " [" + lower + ", " + upper + "] for "
                    + observed + " observed (" + method + ")");
        }
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("level " + level + " not in (0, 1)");
    }

    /** The estimated number of cases on no list. */
    public double darkFigure() {
        return estimate - observed;
    }

    @Override
    public double[] bootstrapEstimates() {
        return bootstrapEstimates.clone();
    }
}
