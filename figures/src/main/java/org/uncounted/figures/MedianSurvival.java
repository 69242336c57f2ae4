package org.uncounted.figures;

/**
 * Median duration with its Brookmeyer–Crowley interval (Brookmeyer &amp; Crowley 1982, Biometrics
 * 38:29): the times whose pointwise interval for S(t) contains 0.5, read off the confidence band
 * as R's {@code survfit} does. NaN means "not reached": more than half of the spells were still
 * running (or censored) at the last observed time, for the estimate or that limit.
 */
public record MedianSurvival(double estimate, double lower, double upper, double level, String method) {
    public boolean reached() {
        return !Double.isNaN(estimate);
    }
}
