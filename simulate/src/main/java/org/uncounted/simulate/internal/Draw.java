package org.uncounted.simulate.internal;

import java.util.SplittableRandom;

/** Random variates from a {@link SplittableRandom}; pure functions of the generator's state. */
public final class Draw {
    private Draw() {}

    /** Standard normal (Box–Muller, one value per call, so the stream position is predictable). */
    public static double normal(SplittableRandom r) {
        double u1 = 1.0 - r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    public static double lognormal(SplittableRandom r, double median, double sigma) {
        return median * Math.exp(sigma * normal(r));
    }

    public static boolean bernoulli(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    /** Uniform integer in [lo, hi], inclusive. */
    public static int uniformInt(SplittableRandom r, int lo, int hi) {
        return lo + r.nextInt(hi - lo + 1);
    }

    public static double uniform(SplittableRandom r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    /** Poisson variate: inversion for small means, normal approximation above 30. */
    public static int poisson(SplittableRandom r, double mean) {
        if (mean <= 0) return 0;
        if (mean > 30) return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * normal(r)));
        double l = Math.exp(-mean);
        int k = 0;
        double p = r.nextDouble();
        while (p > l) {
            k++;
            p *= r.nextDouble();
        }
        return k;
    }

    /** Monthly probability of an event with annual hazard {@code perYear}. */
    public static double monthly(double perYear) {
        return 1.0 - Math.exp(-perYear / 12.0);
    }

    public static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    public static double expit(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** A well-mixed 64-bit seed for stream {@code index} of {@code seed} (SplitMix64 finaliser). */
    public static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
