package org.uncounted.simulate.internal;

/**
 * Assigns each of N women her first crossing month so that crossings follow E(t) (P-POP-1) scaled
 * to N over the horizon: woman i crosses in the month where the cumulative share of E reaches
 * (i + ½)/N. Deterministic, so it needs no random draw and no state shared between threads.
 */
public final class EntrySchedule {
    private final int firstMonth;
    private final double[] cumulative;
    private final double total;
    private final long women;

    public EntrySchedule(PopulationModel m, long women) {
        this.firstMonth = Months.of(m.startYear, 1);
        int months = (m.endYear - m.startYear + 1) * 12;
        this.cumulative = new double[months];
        double acc = 0;
        for (int i = 0; i < months; i++) {
            acc += m.entry.at(m.startYear + i / 12) / 12.0;
            cumulative[i] = acc;
        }
        this.total = acc;
        this.women = women;
        if (total <= 0) throw new IllegalArgumentException("entry flow pop.entry is zero over the horizon");
    }

    /** Crossing month of woman {@code i} (0-based). */
    public int crossMonth(long i) {
        double target = (i + 0.5) / women * total;
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > target) hi = mid;
            else lo = mid + 1;
        }
        return firstMonth + lo;
    }

    /** Women the unscaled parameters imply over the horizon: Σ E(t). */
    public double naturalTotal() {
        return total;
    }

    /** Population-equivalent factor: multiply simulated counts by this to compare with real figures. */
    public double scaleToReal() {
        return total / women;
    }
}
