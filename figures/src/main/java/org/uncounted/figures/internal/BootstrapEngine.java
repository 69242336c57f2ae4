package org.uncounted.figures.internal;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.uncounted.figures.BootstrapSettings;
import org.uncounted.figures.Interval;

/**
 * The resampling core shared by every bootstrap figure: clusters (persons) are drawn with
 * replacement and the statistic sees how many times each was drawn. Replicates run in parallel,
 * each from its own generator seeded in replicate order, so results do not depend on threads.
 */
public final class BootstrapEngine {
    private static final NormalDistribution N01 = new NormalDistribution(0, 1);

    private BootstrapEngine() {}

    /** B replicate values of {@code statistic(multiplicities)}, in replicate order. */
    public static double[] replicates(int clusters, BootstrapSettings s, ToDoubleFunction<int[]> statistic) {
        SplittableRandom root = new SplittableRandom(s.seed());
        long[] seeds = new long[s.replicates()];
        for (int b = 0; b < seeds.length; b++) {
            seeds[b] = root.nextLong();
        }
        return IntStream.range(0, s.replicates())
                .parallel()
                .mapToDouble(b -> {
                    SplittableRandom r = new SplittableRandom(seeds[b]);
                    int[] m = new int[clusters];
                    for (int i = 0; i < clusters; i++) {
                        m[r.nextInt(clusters)]++;
                    }
                    return statistic.applyAsDouble(m);
                })
                .toArray();
    }

    /** Delete-one-cluster jackknife values of the statistic (for the BCa acceleration). */
    public static double[] jackknife(int clusters, ToDoubleFunction<int[]> statistic) {
        double[] out = new double[clusters];
        int[] m = new int[clusters];
        Arrays.fill(m, 1);
        for (int i = 0; i < clusters; i++) {
            m[i] = 0;
            out[i] = statistic.applyAsDouble(m);
            m[i] = 1;
        }
        return out;
    }

    /**
     * Percentile or BCa interval (Efron &amp; Tibshirani 1993, §13.3 and §14.3). BCa falls back to
     * percentile when every replicate equals the estimate (z0 undefined).
     */
    public static Interval interval(
            double estimate, double[] reps, ToDoubleFunction<int[]> statistic, int clusters, BootstrapSettings s) {
        double[] sorted = reps.clone();
        Arrays.sort(sorted);
        double alpha = (1 - s.level()) / 2;
        String label = " (" + s.replicates() + " replicates, seed " + s.seed() + ")";
        long below = Arrays.stream(sorted).filter(v -> v < estimate).count();
        long equal = Arrays.stream(sorted).filter(v -> v == estimate).count();
        double frac = (below + equal / 2.0) / sorted.length;
        if (s.method() == BootstrapSettings.Method.PERCENTILE || frac <= 0 || frac >= 1 || equal == sorted.length) {
            return new Interval(
                    Quantiles.type7(sorted, alpha),
                    Quantiles.type7(sorted, 1 - alpha),
                    s.level(),
                    "clustered bootstrap percentile" + label);
        }
        double z0 = N01.inverseCumulativeProbability(frac);
        double[] jack = jackknife(clusters, statistic);
        double mean = Arrays.stream(jack).average().orElse(0);
        double num = 0;
        double den = 0;
        for (double j : jack) {
            double d = mean - j;
            num += d * d * d;
            den += d * d;
        }
        double a = den == 0 ? 0 : num / (6 * Math.pow(den, 1.5));
        double lo = adjusted(z0, a, alpha);
        double hi = adjusted(z0, a, 1 - alpha);
        return new Interval(
                Quantiles.type7(sorted, lo), Quantiles.type7(sorted, hi), s.level(), "clustered bootstrap BCa" + label);
    }

    private static double adjusted(double z0, double a, double p) {
        double z = N01.inverseCumulativeProbability(p);
        return N01.cumulativeProbability(z0 + (z0 + z) / (1 - a * (z0 + z)));
    }
}
