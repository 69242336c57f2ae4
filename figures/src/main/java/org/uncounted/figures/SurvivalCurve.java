package org.uncounted.figures;

import java.util.List;

/** A fitted Kaplan–Meier curve: its steps at event times, its median and how it was computed. */
public record SurvivalCurve(
        int n, int events, List<SurvivalStep> steps, MedianSurvival median, KaplanMeier.ConfidenceType confidence) {
    public SurvivalCurve {
        steps = List.copyOf(steps);
    }

    /** S(t): 1 before the first event, then the value of the last step at or before t. */
    public double survivalAt(double t) {
        double s = 1;
        for (SurvivalStep step : steps) {
            if (step.time() <= t) {
                s = step.survival();
            }
        }
        return s;
    }
}
