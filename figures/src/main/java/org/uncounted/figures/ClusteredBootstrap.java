package org.uncounted.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.uncounted.figures.internal.BootstrapEngine;

/**
 * Shares when records are linked or weighted: several records may belong to one person (after
 * linkage) and records may carry weights, so records are not independent and Wilson's interval
 * (which assumes n independent persons) is too narrow. Persons are resampled with replacement,
 * all their records with them (the cluster bootstrap, Davison &amp; Hinkley 1997 §3.8), and the
 * weighted share is recomputed on each resample. All categories see the same resamples.
 */
public final class ClusteredBootstrap {
    private ClusteredBootstrap() {}

    /**
     * Weighted shares of each category with bootstrap intervals.
     *
     * @param personOf for each record, its person index in 0..persons−1
     * @param categoryOf for each record, its category index, or −1 when unclassified (excluded)
     * @param weight for each record, its weight ≥ 0 (1 for unweighted records)
     */
    public static List<Share> shares(
            List<String> categories, int[] personOf, int[] categoryOf, double[] weight, BootstrapSettings settings) {
        int k = categories.size();
        if (personOf.length != categoryOf.length || personOf.length != weight.length || personOf.length == 0) {
            throw new InvalidFigureInputException("clustered bootstrap needs equal, non-empty record arrays; got "
                    + personOf.length + ", " + categoryOf.length + ", " + weight.length);
        }
        int persons = 0;
        for (int i = 0; i < personOf.length; i++) {
            if (personOf[i] < 0 || categoryOf[i] < -1 || categoryOf[i] >= k || !(weight[i] >= 0)) {
                throw new InvalidFigureInputException("record " + i + ": person " + personOf[i] + ", category "
                        + categoryOf[i] + ", weight " + weight[i] + " out of range");
            }
            persons = Math.max(persons, personOf[i] + 1);
        }
        double[][] w = new double[persons][k];
        for (int i = 0; i < personOf.length; i++) {
            if (categoryOf[i] >= 0) {
                w[personOf[i]][categoryOf[i]] += weight[i];
            }
        }
        int[] ones = new int[persons];
        java.util.Arrays.fill(ones, 1);
        double total = share(w, ones, -1);
        if (total <= 0) {
            throw new InvalidFigureInputException("clustered bootstrap: no classified weight");
        }
        List<Share> out = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            int cat = c;
            ToDoubleFunction<int[]> stat = m -> {
                double t = share(w, m, -1);
                return t == 0 ? 0 : share(w, m, cat) / t;
            };
            double est = stat.applyAsDouble(ones);
            double[] reps = BootstrapEngine.replicates(persons, settings, stat);
            Interval iv = BootstrapEngine.interval(est, reps, stat, persons, settings);
            out.add(new Share(categories.get(c), share(w, ones, c), total, est, iv));
        }
        return out;
    }

    /** Weighted total of a category (or of all categories when c = −1) under multiplicities m. */
    private static double share(double[][] w, int[] m, int c) {
        double s = 0;
        for (int p = 0; p < w.length; p++) {
            if (m[p] == 0) {
                continue;
            }
            if (c >= 0) {
                s += m[p] * w[p][c];
            } else {
                for (double v : w[p]) {
                    s += m[p] * v;
                }
            }
        }
        return s;
    }
}
