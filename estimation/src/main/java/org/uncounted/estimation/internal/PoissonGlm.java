package org.uncounted.estimation.internal;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.special.Gamma;

/**
 * Poisson log-linear regression by iteratively reweighted least squares (Nelder &amp; Wedderburn 1972;
 * McCullagh &amp; Nelder 1989 §2.5), the algorithm of R's {@code glm.fit}.
 *
 * <p>Hand-written because MSE designs are tiny (at most a few hundred cells by a few dozen columns) and
 * run millions of times in bootstraps and model searches; each step solves the weighted normal equations
 * with Hipparchus' Cholesky decomposition. Converges when the relative change in deviance falls below
 * 1e-10 (R stops at 1e-8; the tighter bound makes the estimates reproducible to many digits).
 */
public final class PoissonGlm {
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-10;

    private PoissonGlm() {}

    /**
     * Fits {@code y ~ x} with a log link.
     *
     * @param muStart starting means (a warm start, e.g. the fitted values of a nested model), or null for
     *     {@code y + 0.1} as R does
     * @throws IllegalStateException if the weighted normal equations are singular or IRLS diverges (the
     *     callers check identifiability and existence first, so this is a bug)
     */
    public static GlmFit fit(double[][] x, double[] y, double[] muStart) {
        int n = y.length;
        int p = x[0].length;
        double[] mu = new double[n];
        double[] eta = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = muStart != null ? Math.max(muStart[i], 1e-8) : y[i] + 0.1;
            eta[i] = Math.log(mu[i]);
        }
        double dev = deviance(y, mu);
        double[] beta = new double[p];
        DecompositionSolver solver = null;
        int iter = 0;
        while (iter < MAX_ITERATIONS) {
            iter++;
            double[][] a = new double[p][p];
            double[] b = new double[p];
            for (int i = 0; i < n; i++) {
                double w = mu[i];
                double z = eta[i] + (y[i] - mu[i]) / mu[i];
                double[] xi = x[i];
                for (int j = 0; j < p; j++) {
                    double wx = w * xi[j];
                    if (wx == 0) continue;
                    b[j] += wx * z;
                    for (int k = 0; k <= j; k++) a[j][k] += wx * xi[k];
                }
            }
            for (int j = 0; j < p; j++) for (int k = 0; k < j; k++) a[k][j] = a[j][k];
            solver = cholesky(a);
            beta = solver.solve(new ArrayRealVector(b, false)).toArray();
            for (int i = 0; i < n; i++) {
                double e = 0;
                double[] xi = x[i];
                for (int j = 0; j < p; j++) e += xi[j] * beta[j];
                eta[i] = e;
                mu[i] = Math.exp(e);
            }
            double devNew = deviance(y, mu);
            if (!Double.isFinite(devNew)) throw new IllegalStateException("IRLS diverged (deviance " + devNew + ")");
            boolean done = Math.abs(devNew - dev) / (Math.abs(devNew) + 0.1) < TOLERANCE;
            dev = devNew;
            if (done) break;
        }
        double[] e0 = new double[p];
        e0[0] = 1;
        double var0 = solver.solve(new ArrayRealVector(e0, false)).getEntry(0);
        return new GlmFit(beta, mu, logLik(y, mu), dev, var0, iter);
    }

    private static DecompositionSolver cholesky(double[][] a) {
        try {
            return new CholeskyDecomposition(new Array2DRowRealMatrix(a, false), 1e-12, 1e-14).getSolver();
        } catch (RuntimeException e) {
            throw new IllegalStateException("singular Poisson information matrix (model not identifiable)", e);
        }
    }

    /** Poisson deviance 2 Σ [y log(y/μ) − (y − μ)]. */
    public static double deviance(double[] y, double[] mu) {
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            d += (y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) : 0) - (y[i] - mu[i]);
        }
        return 2 * d;
    }

    /** Poisson log-likelihood Σ [y log μ − μ − log y!]. */
    public static double logLik(double[] y, double[] mu) {
        double l = 0;
        for (int i = 0; i < y.length; i++) {
            l += (y[i] > 0 ? y[i] * Math.log(mu[i]) : 0) - mu[i] - Gamma.logGamma(y[i] + 1);
        }
        return l;
    }
}
