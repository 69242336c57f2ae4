package org.uncounted.estimation.internal;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.special.Gamma;

/**
 * Profile multinomial likelihood interval for N (Cormack 1992; Rcapture {@code closedpCI.t}).
 *
 * <p>For a trial N the unobserved cell gets count {@code N − n} and the model (with a zero row for that
 * cell) is refitted by Poisson regression; the multinomial log-likelihood is {@code −deviance/2 + c(N)}
 * with Cormack's correction {@code c(N) = log[(N−n)^(N−n) N! / (N^N (N−n)!)]}. The maximiser is the
 * multinomial estimate, slightly below the Poisson N̂; the interval is where the profile stays within
 * {@code χ²₁(level)/2} of its maximum. Upper limits beyond 3·N̂ are reported as infinite.
 */
public final class ProfileLikelihood {
    private static final double RELATIVE_ACCURACY = 1e-10;

    private ProfileLikelihood() {}

    /** The multinomial maximiser and the interval. */
    public record Result(double maximum, double lower, double upper) {}

    /**
     * @param design design including the unobserved cell (pattern 0) as a row
     * @param y cells by pattern (y[0] is replaced by N − n)
     * @param poissonEstimate N̂ of the Poisson fit, which bounds the search
     */
    public static Result interval(Design design, double[] y, double poissonEstimate, double level) {
        double n = 0;
        for (int c = 1; c < y.length; c++) n += y[c];
        double observed = n;
        double[][] lastMu = {null};
        DoubleUnaryOperator loglik = bigN -> {
            double[] yy = y.clone();
            yy[0] = bigN - observed;
            double[] resp = design.response(yy);
            GlmFit g = PoissonGlm.fit(design.x(), resp, lastMu[0]);
            lastMu[0] = g.fitted();
            return -g.deviance() / 2 + cormack(bigN - observed, bigN);
        };
        double hi = 3 * poissonEstimate;
        var opt = new BrentOptimizer(RELATIVE_ACCURACY, 1e-6)
                .optimize(
                        new MaxEval(500),
                        new UnivariateObjectiveFunction(loglik::applyAsDouble),
                        GoalType.MAXIMIZE,
                        new SearchInterval(n, hi, Math.min(poissonEstimate, hi)));
        double nMax = opt.getPoint();
        double cut = opt.getValue() - new ChiSquaredDistribution(1).inverseCumulativeProbability(level) / 2;
        BrentSolver solver = new BrentSolver(1e-8, 1e-8);
        double lo = n + 1e-6; // N = n exactly puts a zero in the unobserved cell: log μ₀ = −∞
        double lower = safe(loglik, lo) >= cut ? n : solver.solve(500, x -> safe(loglik, x) - cut, lo, nMax);
        double upper = loglik.applyAsDouble(hi) >= cut
                ? Double.POSITIVE_INFINITY
                : solver.solve(500, x -> loglik.applyAsDouble(x) - cut, nMax, hi);
        return new Result(nMax, lower, upper);
    }

    /** The profile at N, or −∞ where the fit breaks down (N = n puts a zero in the unobserved cell). */
    private static double safe(DoubleUnaryOperator loglik, double bigN) {
        try {
            double v = loglik.applyAsDouble(bigN);
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        } catch (IllegalStateException e) {
            return Double.NEGATIVE_INFINITY;
        }
    }

    /** Cormack's (1992) correction, with Stirling's form above N = 100 as Rcapture uses. */
    static double cormack(double n0, double bigN) {
        if (bigN > 100) {
            if (n0 == 0 || n0 == 1) return -bigN + 0.5 * Math.log(2 * Math.PI * bigN);
            return n0 - bigN - 0.5 * Math.log(n0 / bigN);
        }
        double a = n0 > 0 ? n0 * Math.log(n0) : 0;
        return a + Gamma.logGamma(bigN + 1) - bigN * Math.log(bigN) - Gamma.logGamma(n0 + 1);
    }
}
