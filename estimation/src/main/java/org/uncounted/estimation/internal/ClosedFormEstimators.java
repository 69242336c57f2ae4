package org.uncounted.estimation.internal;

/**
 * Estimators with a closed form: Lincoln–Petersen with Chapman's correction for two lists, and Chao's
 * lower bound from the numbers of cases seen on exactly one and exactly two lists.
 */
public final class ClosedFormEstimators {
    private ClosedFormEstimators() {}

    /** An estimate with the variance of the dark figure (for a log-normal interval). */
    public record Point(double estimate, double observed, double varianceDark) {}

    /**
     * Chapman (1951): N̂ = (n₁+1)(n₂+1)/(m+1) − 1, variance (Seber 1970)
     * (n₁+1)(n₂+1)(n₁−m)(n₂−m)/((m+1)²(m+2)). Two lists only; assumes independent lists and homogeneous
     * capture on at least one of them.
     */
    public static Point chapman(double[] y) {
        if (y.length != 4)
            throw new IllegalArgumentException(
                    "Chapman needs exactly 2 lists, got " + (31 - Integer.numberOfLeadingZeros(y.length)));
        double n1 = y[1] + y[3];
        double n2 = y[2] + y[3];
        double m = y[3];
        double est = (n1 + 1) * (n2 + 1) / (m + 1) - 1;
        double var = (n1 + 1) * (n2 + 1) * (n1 - m) * (n2 - m) / ((m + 1) * (m + 1) * (m + 2));
        return new Point(est, y[1] + y[2] + y[3], var);
    }

    /**
     * Chao (1987) lower bound N̂ = n + f₁²/(2f₂) (n + f₁(f₁−1)/2 when f₂ = 0), with Chao's variance;
     * f_k counts cases on exactly k lists. A lower bound under heterogeneous capture, not an estimate.
     */
    public static Point chaoLowerBound(double[] y) {
        double f1 = 0;
        double f2 = 0;
        double n = 0;
        for (int c = 1; c < y.length; c++) {
            n += y[c];
            if (Integer.bitCount(c) == 1) f1 += y[c];
            if (Integer.bitCount(c) == 2) f2 += y[c];
        }
        if (f2 == 0) {
            double dark = f1 * (f1 - 1) / 2;
            return new Point(n + dark, n, f1 * (f1 - 1) / 2 + f1 * Math.pow(2 * f1 - 1, 2) / 4);
        }
        double r = f1 / f2;
        double var = f2 * (Math.pow(r, 4) / 4 + Math.pow(r, 3) + r * r / 2);
        return new Point(n + f1 * f1 / (2 * f2), n, var);
    }

    /** Log-normal interval for N with the dark figure f₀ = N̂ − n (Chao 1987, eq. 13). */
    public static double[] logNormalInterval(Point p, double z) {
        double f0 = p.estimate() - p.observed();
        if (f0 <= 0) return new double[] {p.observed(), p.observed()};
        double c = Math.exp(z * Math.sqrt(Math.log(1 + p.varianceDark() / (f0 * f0))));
        return new double[] {p.observed() + f0 / c, p.observed() + f0 * c};
    }
}
