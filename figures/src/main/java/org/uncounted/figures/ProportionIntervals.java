package org.uncounted.figures;

import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Confidence intervals for a binomial proportion x/n. Wilson is the default for published shares:
 * Newcombe (1998, Stat Med 17:857) and Brown, Cai &amp; DasGupta (2001, Stat Sci 16:101) show that
 * its coverage stays near nominal for small n and extreme p, where the Wald interval fails;
 * Clopper–Pearson ("exact") is conservative, Agresti–Coull close to Wilson and simple.
 */
public final class ProportionIntervals {
    private ProportionIntervals() {}

    static double z(double level) {
        return new NormalDistribution(0, 1).inverseCumulativeProbability(0.5 + level / 2);
    }

    private static void check(long x, long n, double level) {
        if (n < 1 || x < 0 || x > n) {
            throw new InvalidFigureInputException("proportion needs 0 ≤ x ≤ n, n ≥ 1; got x=" + x + ", n=" + n);
        }
        if (!(level > 0 && level < 1)) {
            throw new InvalidFigureInputException("confidence level must be in (0, 1): " + level);
        }
    }

    /** Wilson score interval (Wilson 1927), without continuity correction (Newcombe's method 3). */
    public static Interval wilson(long x, long n, double level) {
        check(x, n, level);
        return wilson(x, (double) n, z(level), level, "Wilson score");
    }

    /** Wilson's interval for a real-valued count and total, with critical value z. */
    static Interval wilson(double x, double n, double z, double level, String method) {
        double p = x / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half), level, method);
    }

    /** Clopper–Pearson interval from beta quantiles (Clopper &amp; Pearson 1934); [0, …] at x = 0. */
    public static Interval clopperPearson(long x, long n, double level) {
        check(x, n, level);
        double a = (1 - level) / 2;
        double lo = x == 0 ? 0 : new BetaDistribution(x, n - x + 1.0).inverseCumulativeProbability(a);
        double hi = x == n ? 1 : new BetaDistribution(x + 1.0, n - x).inverseCumulativeProbability(1 - a);
        return new Interval(lo, hi, level, "Clopper–Pearson");
    }

    /** Agresti–Coull interval (Agresti &amp; Coull 1998): Wald around p̃ = (x + z²/2)/(n + z²), clipped to [0, 1]. */
    public static Interval agrestiCoull(long x, long n, double level) {
        check(x, n, level);
        double z = z(level);
        double nt = n + z * z;
        double pt = (x + z * z / 2) / nt;
        double half = z * Math.sqrt(pt * (1 - pt) / nt);
        return new Interval(Math.max(0, pt - half), Math.min(1, pt + half), level, "Agresti–Coull");
    }

    /** A share with its Wilson interval. */
    public static Share wilsonShare(String category, long x, long n, double level) {
        return new Share(category, x, n, (double) x / n, wilson(x, n, level));
    }
}
