package org.uncounted.estimation.internal;

import org.uncounted.estimation.LogLinearModel;

/**
 * A log-linear model fitted to a table, with the quantities MSE reports.
 *
 * @param model the model
 * @param design its design on these data (boundary terms removed)
 * @param fit the Poisson fit
 * @param observed cases observed on at least one list
 */
public record FittedModel(LogLinearModel model, Design design, GlmFit fit, double observed) {

    /** N̂ = n + exp(intercept). */
    public double estimate() {
        return observed + fit.darkFigure();
    }

    /** AIC = −2 log L + 2k, k counting boundary parameters (SparseMSE {@code modelfit}, Rcapture). */
    public double aic() {
        return -2 * fit.logLik() + 2 * design.parameterCount();
    }

    /** BIC = −2 log L + log(n) k (Rcapture {@code closedpMS.t}). */
    public double bic() {
        return -2 * fit.logLik() + Math.log(observed) * design.parameterCount();
    }

    /** Fitted mean of every observable cell (0 for structural zeros), indexed by pattern. */
    public double[] fittedByCell() {
        double[] out = new double[1 << model.lists()];
        int[] cells = design.cells();
        for (int i = 0; i < cells.length; i++) out[cells[i]] = fit.fitted()[i];
        return out;
    }

    /**
     * Fits {@code model} to {@code y} if it passes the existence and identifiability checks.
     *
     * @return the fit, or null when {@code check.code(...)} is non-zero or the fit is numerically singular
     */
    public static FittedModel fitIfEstimable(
            int lists, double[] y, LogLinearModel model, ExistenceCheck check, double[] warmStartByCell) {
        if (check.code(lists, y, model) != ExistenceCheck.OK) return null;
        try {
            return fit(lists, y, model, warmStartByCell);
        } catch (IllegalStateException numericallySingular) {
            // the MLE exists (LP check) but the information matrix is singular in floating point,
            // as in a sparse table: not estimable, like Stepwise and Bootstrap treat it
            return null;
        }
    }

    /** Fits without checking (the caller has checked). */
    public static FittedModel fit(int lists, double[] y, LogLinearModel model, double[] warmStartByCell) {
        Design d = Design.logLinear(lists, y, model, false);
        double[] start = null;
        if (warmStartByCell != null) {
            start = new double[d.rows()];
            for (int i = 0; i < d.rows(); i++) start[i] = warmStartByCell[d.cells()[i]];
        }
        double n = 0;
        for (int c = 1; c < y.length; c++) n += y[c];
        return new FittedModel(model, d, PoissonGlm.fit(d.x(), d.response(y), start), n);
    }
}
