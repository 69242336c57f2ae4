package org.uncounted.figures;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.uncounted.figures.internal.BootstrapEngine;
import org.uncounted.figures.internal.Quantiles;

/**
 * Price summaries by group. The median and quartiles describe the reported prices; the interval
 * of the median resamples persons (a person reporting several prices is one cluster), percentile
 * method — BCa is unreliable for the median, whose bootstrap distribution is discrete.
 */
public final class PriceSummaries {
    private PriceSummaries() {}

    /** Summary of prices where each price comes from a different person. */
    public static QuantileSummary summarise(String group, double[] prices, BootstrapSettings s) {
        int[] persons = new int[prices.length];
        for (int i = 0; i < persons.length; i++) {
            persons[i] = i;
        }
        return summarise(group, prices, persons, s);
    }

    /**
     * @param personOf for each price, the index (0..P−1) of the person who reported it
     */
    public static QuantileSummary summarise(String group, double[] prices, int[] personOf, BootstrapSettings s) {
        if (prices.length == 0 || prices.length != personOf.length) {
            throw new InvalidFigureInputException("prices of " + group
                    + ": need ≥ 1 price and one person per price; got " + prices.length + " and " + personOf.length);
        }
        int persons = 0;
        for (int i = 0; i < prices.length; i++) {
            if (!(prices[i] >= 0) || Double.isInfinite(prices[i])) {
                throw new InvalidFigureInputException("prices of " + group + ": price " + i + " is " + prices[i]);
            }
            persons = Math.max(persons, personOf[i] + 1);
        }
        double[][] byPerson = new double[persons][];
        int[] counts = new int[persons];
        for (int p : personOf) {
            counts[p]++;
        }
        for (int p = 0; p < persons; p++) {
            byPerson[p] = new double[counts[p]];
            counts[p] = 0;
        }
        for (int i = 0; i < prices.length; i++) {
            byPerson[personOf[i]][counts[personOf[i]]++] = prices[i];
        }
        double[] sorted = prices.clone();
        Arrays.sort(sorted);
        ToDoubleFunction<int[]> median = m -> {
            int n = 0;
            for (int p = 0; p < m.length; p++) {
                n += m[p] * byPerson[p].length;
            }
            double[] sample = new double[n];
            int k = 0;
            for (int p = 0; p < m.length; p++) {
                for (int t = 0; t < m[p]; t++) {
                    for (double v : byPerson[p]) {
                        sample[k++] = v;
                    }
                }
            }
            Arrays.sort(sample);
            return Quantiles.type7(sample, 0.5);
        };
        BootstrapSettings pct =
                new BootstrapSettings(s.replicates(), s.seed(), s.level(), BootstrapSettings.Method.PERCENTILE);
        double est = Quantiles.type7(sorted, 0.5);
        double[] reps = BootstrapEngine.replicates(persons, pct, median);
        Interval iv = BootstrapEngine.interval(est, reps, median, persons, pct);
        return new QuantileSummary(
                group,
                prices.length,
                persons,
                sorted[0],
                Quantiles.type7(sorted, 0.25),
                est,
                Quantiles.type7(sorted, 0.75),
                sorted[sorted.length - 1],
                iv);
    }

    /** One summary per group, in the map's order; each group's bootstrap uses the same seed. */
    public static Map<String, QuantileSummary> byGroup(Map<String, double[]> pricesByGroup, BootstrapSettings s) {
        Map<String, QuantileSummary> out = new LinkedHashMap<>();
        pricesByGroup.forEach((g, p) -> out.put(g, summarise(g, p, s)));
        return out;
    }
}
