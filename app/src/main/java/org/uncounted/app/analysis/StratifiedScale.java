package org.uncounted.app.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import org.uncounted.estimation.CaptureHistories;
import org.uncounted.estimation.LinkageReplicates;
import org.uncounted.estimation.MseEstimator;
import org.uncounted.estimation.MseResult;
import org.uncounted.estimation.StratifiedCaptureHistories;
import org.uncounted.linkage.LinkageResult;

/**
 * The hidden total estimated stratum by stratum (crossing period, origin, first exploitation type):
 * capture probabilities differ between strata, and pooling them biases a single log-linear model
 * (heterogeneity), so each stratum gets its own model. Every stratum is estimated on each linkage
 * replicate and pooled over the replicates ({@link LinkageReplicates}); the total is the sum of the
 * strata, with an interval from the stratum bootstraps added replicate by replicate — each stratum's
 * bootstrap estimates are paired at random (seeded), as independent resampling within strata gives
 * them — and pooled over the linkage replicates.
 *
 * @param by the stratification
 * @param strata each estimable stratum's pooled estimate, in the stratification's order
 * @param observed persons seen in each stratum (estimable or not), median over linkage replicates
 * @param failed strata that could not be estimated, with the reason (their persons are not in the sum)
 * @param total the sum over the estimable strata (all of them when {@code failed} is empty), or null
 */
public record StratifiedScale(
        Strata by,
        Map<String, LinkageReplicates> strata,
        Map<String, Long> observed,
        Map<String, String> failed,
        Sum total) {

    /**
     * The sum over strata.
     *
     * @param observed persons seen, summed over strata (median over linkage replicates)
     * @param estimate median over linkage replicates of the summed stratum estimates
     * @param lower percentile limit of the pooled summed bootstrap estimates
     * @param upper percentile limit
     */
    public record Sum(long observed, double estimate, double lower, double upper, double level) {}

    /** Runs the stratified estimate over the linkage replicates of {@code linkage}. */
    public static StratifiedScale run(
            Strata by,
            StoredCases data,
            List<String> lists,
            LinkageResult linkage,
            Map<String, String> sourceOfRecord,
            MseEstimator estimator,
            long seed) {
        Map<String, Strata.RecordFacts> facts = Strata.facts(data.cases());
        List<StratifiedCaptureHistories> perLinkage = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        int k = 0;
        for (Map<String, String> personOf : linkage.replicates()) {
            Function<String, String> stratum = by.of(personOf, facts);
            StratifiedCaptureHistories t = LinkedCaptureHistories.stratified(
                    "linkage replicate " + (++k), lists, personOf, sourceOfRecord, stratum);
            perLinkage.add(t);
            names.addAll(t.strata().keySet());
        }
        Map<String, LinkageReplicates> strata = new LinkedHashMap<>();
        Map<String, Long> observed = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (String name : names) {
            List<CaptureHistories> tables = new ArrayList<>();
            long[] seen = new long[perLinkage.size()];
            for (int r = 0; r < perLinkage.size(); r++) {
                CaptureHistories s = perLinkage.get(r).strata().get(name);
                tables.add(s != null ? s : CaptureHistories.ofCells(name, lists, new long[1 << lists.size()]));
                for (int m = 1; s != null && m < (1 << lists.size()); m++) seen[r] += s.count(m);
            }
            Arrays.sort(seen);
            observed.put(name, seen[seen.length / 2]);
            try {
                strata.put(name, LinkageReplicates.pool(estimator, tables));
            } catch (RuntimeException e) {
                failed.put(name, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        Sum total = strata.isEmpty() ? null : sum(strata, linkage.replicates().size(), seed);
        return new StratifiedScale(by, strata, observed, failed, total);
    }

    private static Sum sum(Map<String, LinkageReplicates> strata, int replicates, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5EED_57A7L);
        double level = strata.values().iterator().next().pooled().level();
        double[] points = new double[replicates];
        long[] observed = new long[replicates];
        List<Double> pooled = new ArrayList<>();
        for (int k = 0; k < replicates; k++) {
            int b = Integer.MAX_VALUE;
            for (LinkageReplicates s : strata.values()) {
                b = Math.min(b, s.perReplicate().get(k).bootstrapEstimates().length);
            }
            double[] sums = new double[b];
            for (LinkageReplicates s : strata.values()) {
                MseResult r = s.perReplicate().get(k);
                points[k] += r.estimate();
                observed[k] += r.observed();
                double[] draws = r.bootstrapEstimates();
                shuffle(draws, rnd);
                for (int i = 0; i < b; i++) sums[i] += draws[i];
            }
            for (double v : sums) pooled.add(v);
        }
        double[] all = pooled.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Arrays.sort(points);
        Arrays.sort(observed);
        return new Sum(
                observed[observed.length / 2],
                median(points),
                quantile(all, (1 - level) / 2),
                quantile(all, (1 + level) / 2),
                level);
    }

    private static void shuffle(double[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Hyndman–Fan type 8 quantile (as {@link LinkageReplicates} uses) of sorted values. */
    static double quantile(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 0) return Double.NaN;
        double h = (n + 1.0 / 3) * p + 1.0 / 3;
        if (h <= 1) return sorted[0];
        if (h >= n) return sorted[n - 1];
        int lo = (int) Math.floor(h);
        return sorted[lo - 1] + (h - lo) * (sorted[lo] - sorted[lo - 1]);
    }
}
