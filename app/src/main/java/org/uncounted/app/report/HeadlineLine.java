package org.uncounted.app.report;

import java.util.Locale;

/**
 * One published figure: its point value, interval, the number of persons (or records) it rests on,
 * its method and what it assumes. {@code n} is the disclosure-controlled count (rounded, or
 * suppressed and then shown as "&lt;threshold").
 *
 * @param section scale, shares, prices, ages, durations, revenue
 * @param figure what is estimated
 * @param point the estimate
 * @param lower lower limit of the interval (NaN when there is none)
 * @param upper upper limit (NaN when there is none; +Infinity when open)
 * @param unit unit of the figure (persons, %, CNY 2019, months, USD)
 * @param n the published count behind it, or null when suppressed
 * @param method how point and interval were computed
 */
public record HeadlineLine(
        String section, String figure, double point, double lower, double upper, String unit, Long n, String method) {

    /** A stable text form (fixed rounding) used for the release fingerprint and the rerun comparison. */
    public String canonical() {
        return String.join(
                "|", section, figure, fmt(point), fmt(lower), fmt(upper), unit, n == null ? "x" : n.toString(), method);
    }

    /**
     * A count printed outside the table (header, methods appendix) under the same rule as the
     * table: 0 as is, below {@code threshold} as "&lt;threshold", otherwise rounded to base 5 (half up).
     */
    static String count(long n, int threshold) {
        if (n == 0) return "0";
        long rounded = (n + 2) / 5 * 5;
        if (n < threshold || rounded < threshold) return "<" + threshold;
        return String.format(Locale.ROOT, "%,d", rounded);
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) return "NA";
        if (Double.isInfinite(v)) return v > 0 ? "Inf" : "-Inf";
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
