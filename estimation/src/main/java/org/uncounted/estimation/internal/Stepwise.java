package org.uncounted.estimation.internal;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.special.Gamma;
import org.uncounted.estimation.LogLinearModel;

/**
 * Stepwise selection of two-list interactions by one-sided Poisson tests (Chan, Silverman &amp; Vincent
 * 2021, JASA 116:1297, §3.2; SparseMSE {@code stepwisefit}).
 *
 * <p>Start from the main-effects model. For every pair not yet in the model, the observed number of cases
 * on both lists is compared with its Poisson distribution under the current fit; the p-value is
 * {@code min(P(X ≤ n*), P(X ≥ n*))}. Candidates whose model would fail the existence or identifiability
 * check get p = 1. The pair with the smallest p-value (lowest index on ties) is added while it is below
 * the threshold. A pair with no overlap enters at the boundary: its cells become structural zeros.
 */
public final class Stepwise {
    private Stepwise() {}

    /** The selected model and the pairs in the order they were added. */
    public record Result(FittedModel fitted, List<Integer> added) {}

    /**
     * Runs the selection; returns null when even the main-effects model fails the checks.
     *
     * @param threshold p-value threshold (0.02 in the paper)
     */
    public static Result select(int lists, double[] y, double threshold, ExistenceCheck check) {
        LogLinearModel model = LogLinearModel.independence(lists);
        FittedModel current;
        try {
            current = FittedModel.fitIfEstimable(lists, y, model, check, null);
        } catch (IllegalStateException numericallySingular) {
            return null;
        }
        if (current == null) return null;
        List<Integer> pairs = new ArrayList<>();
        for (int i = 0; i < lists; i++) for (int j = i + 1; j < lists; j++) pairs.add(1 << i | 1 << j);
        double[] nstar = new double[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) nstar[k] = Design.margin(y, pairs.get(k));
        boolean[] included = new boolean[pairs.size()];
        List<Integer> added = new ArrayList<>();
        if (threshold <= 0) return new Result(current, added);
        for (int cycle = 0; cycle < pairs.size(); cycle++) {
            double[] fitted = current.fittedByCell();
            double best = 1;
            int bestIndex = -1;
            for (int k = 0; k < pairs.size(); k++) {
                if (included[k]) continue;
                int pair = pairs.get(k);
                double pstar = 0;
                for (int c = 1; c < fitted.length; c++) if ((c & pair) == pair) pstar += fitted[c];
                double p = pValue(nstar[k], pstar);
                if (p < best && check.code(lists, y, model.with(pair)) != ExistenceCheck.OK) p = 1;
                if (p < best) {
                    best = p;
                    bestIndex = k;
                }
            }
            if (bestIndex < 0 || best >= threshold) break;
            included[bestIndex] = true;
            LogLinearModel candidate = model.with(pairs.get(bestIndex));
            try {
                current = FittedModel.fit(lists, y, candidate, fitted);
            } catch (IllegalStateException numericallySingular) {
                // passes the LP existence check but the information matrix is singular in floating
                // point (a sparse table): treat like a term at the boundary, never added
                continue;
            }
            model = candidate;
            added.add(pairs.get(bestIndex));
        }
        return new Result(current, added);
    }

    /** min(P(X ≤ k), P(X ≥ k)) for X ~ Poisson(λ). */
    static double pValue(double k, double lambda) {
        if (lambda <= 0) return 1;
        double lower = Gamma.regularizedGammaQ(k + 1, lambda);
        double upper = k <= 0 ? 1 : Gamma.regularizedGammaP(k, lambda);
        return Math.min(lower, upper);
    }
}
