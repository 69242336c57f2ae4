package org.uncounted.estimation.internal;

/**
 * A converged Poisson fit.
 *
 * @param beta coefficients in design-column order (beta[0] = intercept = log of the dark figure)
 * @param fitted fitted cell means in design-row order
 * @param logLik Poisson log-likelihood, with the log y! terms (as R's {@code glm} AIC uses it)
 * @param deviance Poisson deviance
 * @param varIntercept the (0,0) element of the inverse Fisher information
 * @param iterations IRLS iterations used
 */
public record GlmFit(
        double[] beta, double[] fitted, double logLik, double deviance, double varIntercept, int iterations) {

    /** exp(intercept): the estimated number of cases on no list. */
    public double darkFigure() {
        return Math.exp(beta[0]);
    }
}
