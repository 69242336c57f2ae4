package org.uncounted.estimation.internal;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Multinomial bootstrap with BCa limits (Efron 1987; DiCiccio &amp; Efron 1996), as Chan, Silverman &amp;
 * Vincent (2021, §3.3) apply it to MSE: each replicate redraws the n observed cases from the observed
 * pattern frequencies and re-runs the whole estimator, model selection included.
 *
 * <p>The acceleration comes from the delete-one-case jackknife, one value per observed pattern weighted
 * by its count. Limits are type-8 quantiles (Hyndman &amp; Fan 1996) of the replicates, as SparseMSE
 * uses. Replicate {@code i} uses the {@code i}-th {@link SplittableRandom#split()} of the seed's
 * generator, so results do not depend on how replicates are spread over threads.
 */
public final class Bootstrap {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private Bootstrap() {}

    /**
     * @param replicates sorted finite replicate estimates
     * @param failures replicates whose estimator gave no estimate (excluded)
     * @param z0 bias correction
     * @param acceleration jackknife acceleration
     */
    public record Result(
            double lower, double upper, double[] replicates, int failures, double z0, double acceleration) {}

    /** Replicate estimates only (no BCa), in replicate order; NaN marks a failed replicate. */
    public static double[] replicates(
            double[] y, ToDoubleFunction<double[]> estimator, int b, long seed, boolean parallel) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] rngs = new SplittableRandom[b];
        for (int i = 0; i < b; i++) rngs[i] = root.split();
        double[] cumulative = new double[y.length];
        double acc = 0;
        for (int c = 0; c < y.length; c++) {
            acc += y[c];
            cumulative[c] = acc;
        }
        int n = (int) Math.round(acc);
        double[] out = new double[b];
        IntStream idx = IntStream.range(0, b);
        if (parallel) idx = idx.parallel();
        idx.forEach(i -> out[i] = attempt(estimator, multinomial(cumulative, n, rngs[i])));
        return out;
    }

    /**
     * The estimator on one resampled table, or NaN when its fit fails numerically (a singular
     * information matrix on a sparse replicate): such a replicate is a counted failure, reported in
     * the diagnostics, never a crash of the whole interval.
     */
    static double attempt(ToDoubleFunction<double[]> estimator, double[] y) {
        try {
            return estimator.applyAsDouble(y);
        } catch (IllegalStateException | org.hipparchus.exception.MathRuntimeException e) {
            return Double.NaN;
        }
    }

    /** BCa interval at {@code level} for {@code estimate}, the estimator's value on {@code y}. */
    public static Result bca(
            double[] y,
            double estimate,
            ToDoubleFunction<double[]> estimator,
            int b,
            long seed,
            double level,
            boolean parallel) {
        double[] reps = replicates(y, estimator, b, seed, parallel);
        double[] ok = Arrays.stream(reps).filter(Double::isFinite).sorted().toArray();
        if (ok.length < 2) throw new IllegalStateException("fewer than two bootstrap replicates gave an estimate");
        double acceleration = jackknifeAcceleration(y, estimator, parallel);
        long below = Arrays.stream(ok).filter(v -> v < estimate).count();
        double prop = Math.min(Math.max(below / (double) ok.length, 0.5 / ok.length), 1 - 0.5 / ok.length);
        double z0 = STANDARD_NORMAL.inverseCumulativeProbability(prop);
        double alpha = (1 - level) / 2;
        return new Result(
                quantile8(ok, adjusted(z0, acceleration, alpha)),
                quantile8(ok, adjusted(z0, acceleration, 1 - alpha)),
                ok,
                reps.length - ok.length,
                z0,
                acceleration);
    }

    static double adjusted(double z0, double a, double q) {
        double za = STANDARD_NORMAL.inverseCumulativeProbability(q);
        double s = z0 + za;
        return STANDARD_NORMAL.cumulativeProbability(z0 + s / (1 - a * s));
    }

    /** Delete-one-case jackknife acceleration, each pattern weighted by its count (SparseMSE). */
    static double jackknifeAcceleration(double[] y, ToDoubleFunction<double[]> estimator, boolean parallel) {
        int[] cells = IntStream.range(1, y.length).filter(c -> y[c] > 0).toArray();
        double[] jack = new double[cells.length];
        IntStream idx = IntStream.range(0, cells.length);
        if (parallel) idx = idx.parallel();
        idx.forEach(k -> {
            double[] yy = y.clone();
            yy[cells[k]] -= 1;
            jack[k] = attempt(estimator, yy);
        });
        double total = 0;
        double mean = 0;
        for (int k = 0; k < cells.length; k++) {
            if (!Double.isFinite(jack[k])) return 0;
            total += y[cells[k]];
            mean += y[cells[k]] * jack[k];
        }
        mean /= total;
        double s2 = 0;
        double s3 = 0;
        for (int k = 0; k < cells.length; k++) {
            double r = mean - jack[k];
            s2 += y[cells[k]] * r * r;
            s3 += y[cells[k]] * r * r * r;
        }
        return s2 == 0 ? 0 : s3 / (6 * Math.pow(s2, 1.5));
    }

    /** Sample quantile of type 8 (median-unbiased) of sorted data. */
    public static double quantile8(double[] sorted, double p) {
        int n = sorted.length;
        double h = (n + 1.0 / 3) * p + 1.0 / 3;
        if (h <= 1) return sorted[0];
        if (h >= n) return sorted[n - 1];
        int lo = (int) Math.floor(h);
        return sorted[lo - 1] + (h - lo) * (sorted[lo] - sorted[lo - 1]);
    }

    /** n draws over cells with probabilities proportional to the increments of {@code cumulative}. */
    static double[] multinomial(double[] cumulative, int n, SplittableRandom rng) {
        double[] out = new double[cumulative.length];
        double total = cumulative[cumulative.length - 1];
        for (int k = 0; k < n; k++) {
            double u = rng.nextDouble() * total;
            int pos = Arrays.binarySearch(cumulative, u);
            pos = pos >= 0 ? pos + 1 : -pos - 1;
            while (pos < cumulative.length - 1 && cumulative[pos] <= u) pos++;
            out[pos] += 1;
        }
        return out;
    }
}
