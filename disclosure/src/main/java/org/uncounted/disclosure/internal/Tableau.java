package org.uncounted.disclosure.internal;

/** The simplex tableau behind {@link LinearProgram}: rows of [A | b] and the basic variable of each. */
final class Tableau {
    private static final double EPS = LinearProgram.eps();
    private final double[][] t;
    private final int[] basis;
    final int cols;
    /** Columns at or beyond this index (artificials) may not enter the basis in phase 2. */
    final int allowed;

    Tableau(double[][] t, int[] basis, int cols, int allowed) {
        this.t = t;
        this.basis = basis;
        this.cols = cols;
        this.allowed = allowed;
    }

    Tableau copy() {
        double[][] c = new double[t.length][];
        for (int i = 0; i < t.length; i++) {
            c[i] = t[i].clone();
        }
        return new Tableau(c, basis.clone(), cols, allowed);
    }

    /** Minimises c·x over the current region using columns below {@code enterLimit}; −∞ if unbounded. */
    double minimise(double[] c, int enterLimit) {
        int m = t.length;
        while (true) {
            int enter = -1;
            for (int j = 0; j < enterLimit && enter < 0; j++) {
                double reduced = c[j];
                for (int i = 0; i < m; i++) {
                    reduced -= c[basis[i]] * t[i][j];
                }
                if (reduced < -EPS && !isBasic(j)) {
                    enter = j;
                }
            }
            if (enter < 0) {
                double z = 0;
                for (int i = 0; i < m; i++) {
                    z += c[basis[i]] * t[i][cols];
                }
                return z;
            }
            int leave = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                if (t[i][enter] > EPS) {
                    double ratio = t[i][cols] / t[i][enter];
                    if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i] < basis[leave])) {
                        best = ratio;
                        leave = i;
                    }
                }
            }
            if (leave < 0) {
                return Double.NEGATIVE_INFINITY;
            }
            pivot(leave, enter);
        }
    }

    private boolean isBasic(int j) {
        for (int b : basis) {
            if (b == j) {
                return true;
            }
        }
        return false;
    }

    /** After phase 1, replaces artificial basics (at level 0) by structural columns where possible. */
    void driveOutArtificials() {
        for (int i = 0; i < t.length; i++) {
            if (basis[i] >= allowed) {
                for (int j = 0; j < allowed; j++) {
                    if (Math.abs(t[i][j]) > EPS && !isBasic(j)) {
                        pivot(i, j);
                        break;
                    }
                }
            }
        }
    }

    private void pivot(int row, int col) {
        double p = t[row][col];
        for (int j = 0; j <= cols; j++) {
            t[row][j] /= p;
        }
        for (int i = 0; i < t.length; i++) {
            if (i != row && t[i][col] != 0) {
                double f = t[i][col];
                for (int j = 0; j <= cols; j++) {
                    t[i][j] -= f * t[row][j];
                }
            }
        }
        basis[row] = col;
    }
}
