package org.uncounted.disclosure.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Simplex for A·y = b, 0 ≤ y ≤ u (u may be +∞), with bounds handled implicitly (Dantzig's
 * bounded-variable method: a non-basic variable rests at its lower or upper bound), so the rounding
 * intervals of published cells add no rows. Two phases with artificials, Bland's rule. This is
 * what makes the outside-view audit of {@link ReleaseChecker} affordable on tables of hundreds of
 * cells; {@link LinearProgram} stays as the general, independently tested reference.
 */
final class BoundedSimplex {
    private static final double EPS = 1e-9;

    private final int m;
    private final int n;
    private final double[][] t;
    private final double[] x;
    private final double[] upper;
    private final boolean[] atUpper;
    private final int[] basis;
    private final boolean[] isBasic;

    private BoundedSimplex(int m, int n, double[][] t, double[] x, double[] upper, boolean[] atUpper, int[] basis) {
        this.m = m;
        this.n = n;
        this.t = t;
        this.x = x;
        this.upper = upper;
        this.atUpper = atUpper;
        this.basis = basis;
        this.isBasic = new boolean[n + m];
        for (int b : basis) {
            isBasic[b] = true;
        }
    }

    /** The feasible region, or empty when infeasible. Rows of {@code a} are equalities with right side b. */
    static Optional<BoundedSimplex> feasible(double[][] a, double[] b, double[] u) {
        int m = a.length;
        int n = u.length;
        double[][] t = new double[m][n + m];
        double[] x = new double[n + m];
        double[] upper = new double[n + m];
        System.arraycopy(u, 0, upper, 0, n);
        Arrays.fill(upper, n, n + m, Double.POSITIVE_INFINITY);
        int[] basis = new int[m];
        for (int i = 0; i < m; i++) {
            double sign = b[i] < 0 ? -1 : 1;
            for (int j = 0; j < n; j++) {
                t[i][j] = sign * a[i][j];
            }
            t[i][n + i] = 1;
            x[n + i] = sign * b[i];
            basis[i] = n + i;
        }
        BoundedSimplex s = new BoundedSimplex(m, n, t, x, upper, new boolean[n + m], basis);
        double[] c = new double[n + m];
        Arrays.fill(c, n, n + m, 1);
        if (s.optimise(c, n + m) > 1e-6) {
            return Optional.empty();
        }
        for (int j = n; j < n + m; j++) {
            upper[j] = 0;
        }
        s.driveOutArtificials();
        return Optional.of(s);
    }

    /** min of y[k] (or max when {@code maximise}); ±∞ when unbounded. */
    double optimiseVariable(int k, boolean maximise) {
        double[] c = new double[n + m];
        c[k] = maximise ? -1 : 1;
        double v = copy().optimise(c, n);
        return maximise ? -v : v;
    }

    private BoundedSimplex copy() {
        double[][] tc = new double[m][];
        for (int i = 0; i < m; i++) {
            tc[i] = t[i].clone();
        }
        return new BoundedSimplex(m, n, tc, x.clone(), upper, atUpper.clone(), basis.clone());
    }

    /** Minimises c·y letting only columns below {@code enterLimit} enter; −∞ when unbounded. */
    private double optimise(double[] c, int enterLimit) {
        while (true) {
            int enter = -1;
            double dir = 0;
            for (int j = 0; j < enterLimit && enter < 0; j++) {
                if (isBasic[j]) {
                    continue;
                }
                double d = c[j];
                for (int i = 0; i < m; i++) {
                    d -= c[basis[i]] * t[i][j];
                }
                if (!atUpper[j] && d < -EPS && upper[j] > EPS) {
                    enter = j;
                    dir = 1;
                } else if (atUpper[j] && d > EPS) {
                    enter = j;
                    dir = -1;
                }
            }
            if (enter < 0) {
                double z = 0;
                for (int j = 0; j < n + m; j++) {
                    z += c[j] * x[j];
                }
                return z;
            }
            double theta = upper[enter];
            int leave = -1;
            boolean leaveToUpper = false;
            for (int i = 0; i < m; i++) {
                double rate = dir * t[i][enter];
                int bi = basis[i];
                double limit;
                boolean toUpper;
                if (rate > EPS) {
                    limit = x[bi] / rate;
                    toUpper = false;
                } else if (rate < -EPS && upper[bi] != Double.POSITIVE_INFINITY) {
                    limit = (upper[bi] - x[bi]) / -rate;
                    toUpper = true;
                } else {
                    continue;
                }
                limit = Math.max(0, limit);
                if (limit < theta - EPS || (leave >= 0 && Math.abs(limit - theta) <= EPS && bi < basis[leave])) {
                    theta = limit;
                    leave = i;
                    leaveToUpper = toUpper;
                }
            }
            if (theta == Double.POSITIVE_INFINITY) {
                return Double.NEGATIVE_INFINITY;
            }
            for (int i = 0; i < m; i++) {
                x[basis[i]] -= dir * theta * t[i][enter];
            }
            x[enter] += dir * theta;
            if (leave < 0) {
                atUpper[enter] = dir > 0;
                continue;
            }
            int out = basis[leave];
            x[out] = leaveToUpper ? upper[out] : 0;
            atUpper[out] = leaveToUpper;
            pivot(leave, enter);
        }
    }

    private void driveOutArtificials() {
        for (int i = 0; i < m; i++) {
            if (basis[i] >= n) {
                for (int j = 0; j < n; j++) {
                    if (!isBasic[j] && Math.abs(t[i][j]) > EPS) {
                        x[basis[i]] = 0;
                        atUpper[basis[i]] = false;
                        pivot(i, j);
                        break;
                    }
                }
            }
        }
    }

    private void pivot(int row, int col) {
        double p = t[row][col];
        double[] r = t[row];
        for (int j = 0; j < r.length; j++) {
            r[j] /= p;
        }
        for (int i = 0; i < m; i++) {
            if (i != row && t[i][col] != 0) {
                double f = t[i][col];
                double[] ti = t[i];
                for (int j = 0; j < ti.length; j++) {
                    ti[j] -= f * r[j];
                }
            }
        }
        isBasic[basis[row]] = false;
        basis[row] = col;
        isBasic[col] = true;
        atUpper[col] = false;
    }
}
