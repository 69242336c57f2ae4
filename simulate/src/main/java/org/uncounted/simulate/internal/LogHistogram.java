package org.uncounted.simulate.internal;

/** Positive values in bins of 1 % on the log scale: constant memory, exact merges, median to ±0.5 %. */
public final class LogHistogram {
    private static final int BINS = 2400; // e^(2400/100) ≈ 2.6e10
    private final long[] counts = new long[BINS];
    private long n;

    public void add(double x) {
        if (!(x > 1)) x = 1;
        int b = Math.min(BINS - 1, (int) (Math.log(x) * 100));
        counts[b]++;
        n++;
    }

    public void merge(LogHistogram o) {
        for (int i = 0; i < BINS; i++) counts[i] += o.counts[i];
        n += o.n;
    }

    public long count() {
        return n;
    }

    /** The {@code q}-quantile (bin centre), NaN when empty. */
    public double quantile(double q) {
        if (n == 0) return Double.NaN;
        long target = (long) Math.ceil(q * n);
        long acc = 0;
        for (int i = 0; i < BINS; i++) {
            acc += counts[i];
            if (acc >= Math.max(1, target)) return Math.exp((i + 0.5) / 100.0);
        }
        return Math.exp(BINS / 100.0);
    }
}
