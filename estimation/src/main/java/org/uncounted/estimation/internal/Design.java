package org.uncounted.estimation.internal;

import java.util.ArrayList;
import java.util.List;
import org.uncounted.estimation.LogLinearModel;

/**
 * A Poisson design: which cells enter the fit, their model-matrix rows, and the terms that sit on the
 * boundary (an empty margin: every cell containing the term is a structural zero, removed from the fit,
 * as Chan, Silverman &amp; Vincent 2021 treat non-overlapping pairs).
 *
 * @param cells pattern bit mask of each row (0 = the unobserved cell, used by profile likelihood only)
 * @param x model matrix, rows = cells, column 0 = intercept
 * @param columnTerms the term of each column (0 = intercept; −1 = a non-log-linear column)
 * @param boundaryTerms model terms with an empty margin, left out of {@code x} but counted as parameters
 */
public record Design(int[] cells, double[][] x, int[] columnTerms, int[] boundaryTerms) {

    public int rows() {
        return cells.length;
    }

    public int columns() {
        return columnTerms.length;
    }

    /** Parameters of the model including the boundary ones (for AIC/BIC, as glm counts them). */
    public int parameterCount() {
        return columnTerms.length + boundaryTerms.length;
    }

    /** This design with the unobserved cell (pattern 0: intercept only) as an extra first row. */
    public Design withUnobservedRow() {
        int[] c = new int[cells.length + 1];
        double[][] xx = new double[cells.length + 1][];
        xx[0] = new double[columnTerms.length];
        xx[0][0] = 1;
        for (int i = 0; i < cells.length; i++) {
            c[i + 1] = cells[i];
            xx[i + 1] = x[i];
        }
        return new Design(c, xx, columnTerms, boundaryTerms);
    }

    /** The cell counts in row order. */
    public double[] response(double[] y) {
        double[] r = new double[cells.length];
        for (int i = 0; i < cells.length; i++) r[i] = y[cells[i]];
        return r;
    }

    /**
     * The design of a hierarchical log-linear model on the observable cells of {@code y} (indexed by
     * pattern; {@code y[0]} is ignored unless {@code withUnobservedCell}).
     */
    public static Design logLinear(int lists, double[] y, LogLinearModel model, boolean withUnobservedCell) {
        List<Integer> terms = new ArrayList<>();
        for (int i = 0; i < lists; i++) terms.add(1 << i);
        terms.addAll(model.interactionTerms());
        List<Integer> kept = new ArrayList<>();
        List<Integer> boundary = new ArrayList<>();
        for (int term : terms) (margin(y, term) > 0 ? kept : boundary).add(term);
        List<Integer> cellList = new ArrayList<>();
        for (int c = withUnobservedCell ? 0 : 1; c < 1 << lists; c++) {
            boolean structuralZero = false;
            for (int b : boundary) if ((c & b) == b) structuralZero = true;
            if (!structuralZero) cellList.add(c);
        }
        int[] cells = cellList.stream().mapToInt(Integer::intValue).toArray();
        int[] cols = new int[kept.size() + 1];
        for (int j = 0; j < kept.size(); j++) cols[j + 1] = kept.get(j);
        double[][] x = new double[cells.length][cols.length];
        for (int i = 0; i < cells.length; i++) {
            x[i][0] = 1;
            for (int j = 1; j < cols.length; j++) x[i][j] = (cells[i] & cols[j]) == cols[j] ? 1 : 0;
        }
        return new Design(
                cells, x, cols, boundary.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Total count of the observable cells that contain every list of {@code term}. */
    public static double margin(double[] y, int term) {
        double s = 0;
        for (int c = 1; c < y.length; c++) if ((c & term) == term) s += y[c];
        return s;
    }
}
