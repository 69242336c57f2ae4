package org.uncounted.disclosure.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A small dense two-phase simplex (Bland's rule, so it cannot cycle) for the bounds attacks of
 * statistical disclosure control: variables x ≥ 0, constraints a·x {≤, =, ≥} b, objectives
 * optimised one after another from one feasible basis. Double arithmetic with tolerance 1e-9;
 * suited to the few hundred variables of published tables, not to large LPs.
 */
public final class LinearProgram {
    public enum Op {
        LE,
        EQ,
        GE
    }

    private record Row(double[] a, Op op, double b) {}

    private static final double EPS = 1e-9;
    private final int n;
    private final List<Row> rows = new ArrayList<>();

    public LinearProgram(int variables) {
        this.n = variables;
    }

    public int variables() {
        return n;
    }

    public void add(double[] a, Op op, double b) {
        if (a.length != n) {
            throw new IllegalStateException("constraint over " + a.length + " variables, LP has " + n);
        }
        rows.add(new Row(a.clone(), op, b));
    }

    /** The feasible region, after phase 1; empty when the constraints are infeasible. */
    public java.util.Optional<Feasible> solveFeasibility() {
        int m = rows.size();
        int slacks = 0;
        int arts = 0;
        for (Row r : rows) {
            Op op = r.b < 0 ? flip(r.op) : r.op;
            if (op != Op.EQ) {
                slacks++;
            }
            if (op != Op.LE) {
                arts++;
            }
        }
        int cols = n + slacks + arts;
        double[][] t = new double[m][cols + 1];
        int[] basis = new int[m];
        int s = n;
        int art = n + slacks;
        for (int i = 0; i < m; i++) {
            Row r = rows.get(i);
            double sign = r.b < 0 ? -1 : 1;
            Op op = r.b < 0 ? flip(r.op) : r.op;
            for (int j = 0; j < n; j++) {
                t[i][j] = sign * r.a[j];
            }
            t[i][cols] = sign * r.b;
            if (op == Op.LE) {
                t[i][s] = 1;
                basis[i] = s++;
            } else {
                if (op == Op.GE) {
                    t[i][s++] = -1;
                }
                t[i][art] = 1;
                basis[i] = art++;
            }
        }
        double[] phase1 = new double[cols];
        for (int j = n + slacks; j < cols; j++) {
            phase1[j] = 1;
        }
        Tableau tab = new Tableau(t, basis, cols, n + slacks);
        double infeasibility = tab.minimise(phase1, cols);
        if (infeasibility > 1e-7) {
            return java.util.Optional.empty();
        }
        tab.driveOutArtificials();
        return java.util.Optional.of(new Feasible(tab, n));
    }

    private static Op flip(Op op) {
        return op == Op.LE ? Op.GE : op == Op.GE ? Op.LE : Op.EQ;
    }

    /** A feasible basis from which any linear objective over the original variables can be optimised. */
    public static final class Feasible {
        private final Tableau tableau;
        private final int n;

        Feasible(Tableau tableau, int n) {
            this.tableau = tableau;
            this.n = n;
        }

        /** min c·x, or −∞ when unbounded below. */
        public double minimise(double[] c) {
            double[] full = new double[tableau.cols];
            System.arraycopy(c, 0, full, 0, n);
            return tableau.copy().minimise(full, tableau.allowed);
        }

        /** max c·x, or +∞ when unbounded above. */
        public double maximise(double[] c) {
            double[] neg = new double[n];
            for (int j = 0; j < n; j++) {
                neg[j] = -c[j];
            }
            return -minimise(neg);
        }
    }

    static double eps() {
        return EPS;
    }
}
