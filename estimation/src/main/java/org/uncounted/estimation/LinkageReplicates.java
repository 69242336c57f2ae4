package org.uncounted.estimation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.uncounted.estimation.internal.Bootstrap;

/**
 * Combines estimates over K linkage replicates: capture histories built from K plausible linkages of the
 * same records (for example K draws from a probabilistic linkage posterior), so that the interval carries
 * linkage uncertainty as well as sampling and model-choice uncertainty.
 *
 * <p>Method ("pooled bootstrap quantiles"): each replicate table is estimated with the same method and a
 * bootstrap of B replicates (model selection re-run in each) under its own seed, derived from the
 * estimator's seed; the K·B bootstrap estimates are pooled and the interval is their percentile interval
 * (type-8 quantiles at (1 ∓ level)/2). The point estimate is the median of the K replicate point
 * estimates. This is the bootstrap analogue of multiple imputation's "stack the draws" rule: the pooled
 * distribution is a mixture over linkages, so its spread adds between-linkage to within-linkage
 * variation. BCa corrections are not pooled (they are per data set); the per-replicate BCa results are
 * returned too.
 *
 * @param pooled the combined result (interval method {@link IntervalMethod#BCA} replicates, percentile
 *     limits; see {@link MseDiagnostics#notes()})
 * @param perReplicate each replicate's own result, in input order
 */
public record LinkageReplicates(MseResult pooled, List<MseResult> perReplicate) {
    public LinkageReplicates {
        perReplicate = List.copyOf(perReplicate);
    }

    /**
     * Estimates each replicate with {@code estimator} (which must use {@link IntervalMethod#BCA}) and pools.
     *
     * @throws IllegalArgumentException if there are no replicates, the replicates disagree on the lists, or
     *     the estimator has no bootstrap
     */
    public static LinkageReplicates pool(MseEstimator estimator, List<CaptureHistories> replicates) {
        if (replicates.isEmpty()) throw new IllegalArgumentException("no linkage replicates to pool");
        if (estimator.interval() != IntervalMethod.BCA) {
            throw new IllegalArgumentException(
                    "pooling over linkage replicates needs a bootstrap interval (BCA), got " + estimator.interval());
        }
        List<String> lists = replicates.get(0).listNames();
        SplittableRandom seeds = new SplittableRandom(estimator.seed());
        List<MseResult> each = new ArrayList<>();
        for (int k = 0; k < replicates.size(); k++) {
            CaptureHistories table = replicates.get(k);
            if (!table.listNames().equals(lists)) {
                throw new IllegalArgumentException("linkage replicate " + (k + 1) + " has lists " + table.listNames()
                        + "; replicate 1 has " + lists);
            }
            each.add(estimator.withSeed(seeds.nextLong()).estimate(table));
        }
        double[] points =
                each.stream().mapToDouble(MseResult::estimate).sorted().toArray();
        double[] pooled = each.stream()
                .flatMapToDouble(r -> Arrays.stream(r.bootstrapEstimates()))
                .sorted()
                .toArray();
        double level = each.get(0).level();
        double lower = Bootstrap.quantile8(pooled, (1 - level) / 2);
        double upper = Bootstrap.quantile8(pooled, (1 + level) / 2);
        double point = Bootstrap.quantile8(points, 0.5);
        MseResult first = each.get(0);
        MseDiagnostics d = first.diagnostics();
        List<String> notes = new ArrayList<>(List.of(String.format(
                "pooled over %d linkage replicates: point = median of replicate estimates (range %.1f to %.1f);"
                        + " interval = percentile interval of the %d pooled bootstrap estimates",
                each.size(), points[0], points[points.length - 1], pooled.length)));
        MseDiagnostics pooledDiagnostics = new MseDiagnostics(
                d.nonOverlappingPairs(),
                d.boundaryTerms(),
                d.checkCode(),
                each.size(),
                points[0],
                points[points.length - 1],
                "the " + each.size() + " linkage replicates",
                Double.NaN,
                Double.NaN,
                pooled.length,
                each.stream().mapToInt(r -> r.diagnostics().bootstrapFailures()).sum(),
                Double.NaN,
                notes);
        long observed = Math.round(
                each.stream().mapToLong(MseResult::observed).average().orElse(0));
        MseResult combined = new MseResult(
                first.source() + " (" + each.size() + " linkage replicates)",
                first.method(),
                "per replicate",
                List.of(),
                lists,
                Math.min(observed, (long) Math.floor(point)),
                point,
                lower,
                upper,
                level,
                IntervalMethod.BCA,
                pooledDiagnostics,
                pooled);
        return new LinkageReplicates(combined, each);
    }
}
