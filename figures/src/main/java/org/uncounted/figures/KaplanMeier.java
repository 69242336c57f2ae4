package org.uncounted.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The Kaplan–Meier (1958) product-limit estimate of the duration of spells (exploitation,
 * marriage, time to first sale) under right censoring: a spell still running when recorded counts
 * as at risk up to its recorded length and is never treated as ended. Greenwood's (1926) variance;
 * pointwise intervals on the log scale (R {@code survfit}'s default), log-log or plain scale.
 *
 * <p>Assumes censoring is independent of the spell's remaining length: a woman recorded while
 * still in a marriage must be no more or less likely to stay in it than those whose spells ended
 * — doubtful when documentation happens at escape, which is exactly when spells end. Ties: events
 * precede censorings at the same time (the usual convention).
 */
public final class KaplanMeier {
    /** Scale of the pointwise confidence interval. */
    public enum ConfidenceType {
        /** exp(log S ± z·σ), σ² = Σ d/(n(n−d)); R's default. */
        LOG,
        /** On log(−log S) (Kalbfleisch &amp; Prentice); stays inside (0, 1). */
        LOG_LOG,
        /** S ± z·S·σ, clipped to [0, 1]. */
        PLAIN
    }

    private KaplanMeier() {}

    /**
     * @param time length of each spell (ended) or time observed so far (censored), ≥ 0
     * @param ended whether each spell was seen to end (true) or is right-censored (false)
     */
    public static SurvivalCurve fit(double[] time, boolean[] ended, ConfidenceType type, double level) {
        if (time.length == 0 || time.length != ended.length) {
            throw new InvalidFigureInputException("Kaplan–Meier needs ≥ 1 spell and one status per time; got "
                    + time.length + " and " + ended.length);
        }
        Integer[] order = new Integer[time.length];
        for (int i = 0; i < time.length; i++) {
            if (!(time[i] >= 0) || Double.isInfinite(time[i])) {
                throw new InvalidFigureInputException("Kaplan–Meier: time of spell " + i + " is " + time[i]);
            }
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> time[i]));
        double z = ProportionIntervals.z(level);
        List<SurvivalStep> steps = new ArrayList<>();
        int atRisk = time.length;
        int totalEvents = 0;
        double s = 1;
        double greenwood = 0;
        int i = 0;
        while (i < order.length) {
            double t = time[order[i]];
            int d = 0;
            int c = 0;
            while (i < order.length && time[order[i]] == t) {
                if (ended[order[i]]) {
                    d++;
                } else {
                    c++;
                }
                i++;
            }
            if (d > 0) {
                s *= 1 - (double) d / atRisk;
                greenwood += atRisk > d ? (double) d / ((double) atRisk * (atRisk - d)) : Double.POSITIVE_INFINITY;
                double[] ci = interval(s, Math.sqrt(greenwood), z, type);
                steps.add(new SurvivalStep(t, atRisk, d, c, s, s * Math.sqrt(greenwood), ci[0], ci[1]));
                totalEvents += d;
            } else if (!steps.isEmpty()) {
                SurvivalStep last = steps.remove(steps.size() - 1);
                steps.add(new SurvivalStep(
                        last.time(),
                        last.atRisk(),
                        last.events(),
                        last.censored() + c,
                        last.survival(),
                        last.standardError(),
                        last.lower(),
                        last.upper()));
            }
            atRisk -= d + c;
        }
        MedianSurvival median = new MedianSurvival(
                crossing(steps, SurvivalStep::survival),
                crossing(steps, SurvivalStep::lower),
                crossing(steps, SurvivalStep::upper),
                level,
                "Brookmeyer–Crowley, " + type.name().toLowerCase().replace('_', '-') + " scale");
        return new SurvivalCurve(time.length, totalEvents, steps, median, type);
    }

    private static double[] interval(double s, double sigma, double z, ConfidenceType type) {
        if (s == 0 || Double.isInfinite(sigma)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        switch (type) {
            case LOG:
                return new double[] {s * Math.exp(-z * sigma), Math.min(1, s * Math.exp(z * sigma))};
            case LOG_LOG:
                if (s == 1) {
                    return new double[] {Double.NaN, Double.NaN};
                }
                double a = z * sigma / Math.log(s);
                double x = Math.pow(s, Math.exp(a));
                double y = Math.pow(s, Math.exp(-a));
                return new double[] {Math.min(x, y), Math.max(x, y)};
            default:
                return new double[] {Math.max(0, s - z * s * sigma), Math.min(1, s + z * s * sigma)};
        }
    }

    /**
     * First time the curve is ≤ 0.5; if it equals 0.5 exactly on a flat stretch, the midpoint to the
     * next event time (R's rule). NaN values (undefined limits) are skipped; NaN if never reached.
     */
    static double crossing(List<SurvivalStep> steps, ToDoubleFunction<SurvivalStep> curve) {
        for (int k = 0; k < steps.size(); k++) {
            double v = curve.applyAsDouble(steps.get(k));
            if (Double.isNaN(v) || v > 0.5 + 1e-12) {
                continue;
            }
            if (Math.abs(v - 0.5) <= 1e-12 && k + 1 < steps.size()) {
                return (steps.get(k).time() + steps.get(k + 1).time()) / 2;
            }
            return steps.get(k).time();
        }
        return Double.NaN;
    }
}
