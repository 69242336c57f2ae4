package org.uncounted.figures;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Rubin's rules (Rubin 1987, <i>Multiple Imputation for Nonresponse in Surveys</i>, §3.1) for a figure
 * computed once on each of m plausible completions of unknown data — here, m linkage replicates, each a
 * plausible partition of the records into persons. The pooled variance adds the spread between
 * replicates to the mean sampling variance within them, so an interval carries linkage uncertainty.
 */
public final class MultipleImputation {
    private MultipleImputation() {}

    /**
     * The pooled estimate.
     *
     * @param estimate Q̄, the mean of the m estimates
     * @param within Ū, the mean of their sampling variances
     * @param between B, the variance between the estimates (divisor m − 1)
     * @param total T = Ū + (1 + 1/m)·B
     * @param df Rubin's degrees of freedom (m − 1)(1 + 1/r)², r = (1 + 1/m)B/Ū; infinite when B = 0
     */
    public record Pooled(double estimate, double within, double between, double total, double df) {}

    /** Pools m ≥ 1 estimates {@code q} with sampling variances {@code u}. */
    public static Pooled pool(double[] q, double[] u) {
        int m = q.length;
        if (m < 1 || u.length != m) {
            throw new InvalidFigureInputException(
                    "multiple imputation needs as many variances as estimates (≥ 1); got " + m + " and " + u.length);
        }
        double qbar = 0;
        double ubar = 0;
        for (int i = 0; i < m; i++) {
            if (!(u[i] >= 0)) {
                throw new InvalidFigureInputException("imputation " + (i + 1) + ": variance must be ≥ 0, was " + u[i]);
            }
            qbar += q[i] / m;
            ubar += u[i] / m;
        }
        double b = 0;
        for (double x : q) {
            b += (x - qbar) * (x - qbar);
        }
        b = m > 1 ? b / (m - 1) : 0;
        double t = ubar + (1 + 1.0 / m) * b;
        double df;
        if (b <= 0 || m < 2) {
            df = Double.POSITIVE_INFINITY;
        } else if (ubar <= 0) {
            df = m - 1;
        } else {
            double r = (1 + 1.0 / m) * b / ubar;
            df = (m - 1) * (1 + 1 / r) * (1 + 1 / r);
        }
        return new Pooled(qbar, ubar, b, t, df);
    }

    /**
     * A proportion x_k/n_k observed on each of m linkage replicates, pooled on the logit scale (where the
     * sampling distribution is closer to normal) and transformed back. Each replicate's logit uses
     * p̃ = (x + ½)/(n + 1), so 0 and n stay finite; its variance is 1/((n + 1)·p̃(1 − p̃)). The point is
     * the mean of the observed proportions x_k/n_k.
     */
    public static Interval proportion(long[] x, long[] n, double level) {
        if (x.length != n.length || x.length == 0) {
            throw new InvalidFigureInputException("need one count and one total per replicate");
        }
        double[] q = new double[x.length];
        double[] u = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            if (n[k] < 1 || x[k] < 0 || x[k] > n[k]) {
                throw new InvalidFigureInputException(
                        "replicate " + (k + 1) + ": proportion needs 0 ≤ x ≤ n, n ≥ 1; got x=" + x[k] + ", n=" + n[k]);
            }
            double p = (x[k] + 0.5) / (n[k] + 1.0);
            q[k] = Math.log(p / (1 - p));
            u[k] = 1 / ((n[k] + 1.0) * p * (1 - p));
        }
        Pooled pooled = pool(q, u);
        double a = 0.5 + level / 2;
        double crit = Double.isInfinite(pooled.df())
                ? new NormalDistribution(0, 1).inverseCumulativeProbability(a)
                : new TDistribution(pooled.df()).inverseCumulativeProbability(a);
        double half = crit * Math.sqrt(pooled.total());
        return new Interval(
                expit(pooled.estimate() - half),
                expit(pooled.estimate() + half),
                level,
                "Rubin's rules over " + x.length + " linkage replicates (logit scale)");
    }

    private static double expit(double v) {
        return 1 / (1 + Math.exp(-v));
    }
}
