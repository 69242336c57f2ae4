package org.uncounted.figures;

/**
 * The Kaplan–Meier curve just after one event time.
 *
 * @param atRisk spells still running (not ended, not censored) just before {@code time}
 * @param censored spells censored in [time, next event time)
 * @param standardError Greenwood standard error of S(t)
 * @param lower pointwise lower confidence limit; NaN where undefined (S = 0, or S = 1 on log-log)
 */
public record SurvivalStep(
        double time,
        int atRisk,
        int events,
        int censored,
        double survival,
        double standardError,
        double lower,
        double upper) {}
