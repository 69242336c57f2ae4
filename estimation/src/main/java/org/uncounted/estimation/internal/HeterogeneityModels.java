package org.uncounted.estimation.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The closed-population models of Rcapture's {@code closedp.t} (Rivest &amp; Baillargeon 2007; Baillargeon
 * &amp; Rivest 2007, J. Stat. Softw. 19(5)), fitted as Poisson regressions on all {@code 2^t − 1} cells.
 *
 * <ul>
 *   <li>M0: one capture probability: intercept + number of captures {@code f}.
 *   <li>Mh Chao: M0 + columns {@code max(f − k, 0)}, k = 2..t−1 (Chao's lower-bound moment model; Rivest
 *       &amp; Lévesque 2001). Negative η coefficients are removed one at a time and the model refitted.
 *   <li>Mth Chao: main effects (time) + the same Chao columns, with the same η correction.
 *   <li>Mth Darroch: main effects + {@code f²/2} (Darroch et al. 1993).
 * </ul>
 *
 * The heterogeneity models need at least three lists.
 */
public final class HeterogeneityModels {
    private HeterogeneityModels() {}

    /** Which model. */
    public enum Kind {
        M0,
        MH_CHAO,
        MTH_CHAO,
        MTH_DARROCH
    }

    /** A fitted model: its design (after any η removal), fit, and columns kept before η columns. */
    public record Fit(Design design, GlmFit fit, double observed) {
        public double estimate() {
            return observed + fit.darkFigure();
        }
    }

    /** The design of {@code kind} on the observable cells (plus the unobserved cell when asked). */
    public static Design design(int lists, Kind kind, boolean withUnobservedCell) {
        List<double[]> rows = new ArrayList<>();
        List<Integer> cells = new ArrayList<>();
        for (int c = withUnobservedCell ? 0 : 1; c < 1 << lists; c++) {
            int f = Integer.bitCount(c);
            List<Double> r = new ArrayList<>();
            r.add(1.0);
            if (kind == Kind.M0 || kind == Kind.MH_CHAO) r.add((double) f);
            else for (int i = 0; i < lists; i++) r.add((double) (c >> i & 1));
            if (kind == Kind.MH_CHAO || kind == Kind.MTH_CHAO) {
                for (int k = 2; k <= lists - 1; k++) r.add((double) Math.max(f - k, 0));
            }
            if (kind == Kind.MTH_DARROCH) r.add(f * f / 2.0);
            rows.add(r.stream().mapToDouble(Double::doubleValue).toArray());
            cells.add(c);
        }
        int[] cols = new int[rows.get(0).length];
        for (int j = 1; j < cols.length; j++) cols[j] = -1;
        return new Design(
                cells.stream().mapToInt(Integer::intValue).toArray(), rows.toArray(double[][]::new), cols, new int[0]);
    }

    /** Number of leading columns that do not model heterogeneity (Rcapture's {@code nca}). */
    public static int fixedColumns(int lists, Kind kind) {
        return kind == Kind.M0 || kind == Kind.MH_CHAO ? 2 : lists + 1;
    }

    /** Fits {@code kind} to the cells {@code y} (indexed by pattern). */
    public static Fit fit(int lists, double[] y, Kind kind) {
        if (kind != Kind.M0 && lists < 3) {
            throw new IllegalArgumentException(kind + " needs at least 3 lists; the table has " + lists);
        }
        Design d = design(lists, kind, false);
        double n = 0;
        for (int c = 1; c < y.length; c++) n += y[c];
        GlmFit g = PoissonGlm.fit(d.x(), d.response(y), null);
        if (kind == Kind.MH_CHAO || kind == Kind.MTH_CHAO) {
            int nca = fixedColumns(lists, kind);
            int neg;
            while ((neg = firstNegative(g.beta(), nca)) >= 0) {
                d = dropColumn(d, neg);
                g = PoissonGlm.fit(d.x(), d.response(y), null);
            }
        }
        return new Fit(d, g, n);
    }

    /** Index of the first negative η (column ≥ nca), or −1. */
    static int firstNegative(double[] beta, int nca) {
        for (int j = nca; j < beta.length; j++) if (beta[j] < 0) return j;
        return -1;
    }

    static Design dropColumn(Design d, int col) {
        double[][] x = new double[d.rows()][d.columns() - 1];
        for (int i = 0; i < d.rows(); i++) {
            for (int j = 0, k = 0; j < d.columns(); j++) if (j != col) x[i][k++] = d.x()[i][j];
        }
        int[] cols = new int[d.columns() - 1];
        for (int j = 0, k = 0; j < d.columns(); j++) if (j != col) cols[k++] = d.columnTerms()[j];
        return new Design(d.cells(), x, cols, d.boundaryTerms());
    }
}
