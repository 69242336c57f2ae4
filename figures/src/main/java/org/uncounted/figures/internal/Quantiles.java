package org.uncounted.figures.internal;

/** Sample quantiles, Hyndman &amp; Fan (1996) type 7 (R's default): linear between order statistics. */
public final class Quantiles {
    private Quantiles() {}

    /** The p-quantile of an ascending-sorted sample. */
    public static double type7(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
