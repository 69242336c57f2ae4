package org.uncounted.simulate.internal;

/** A value per calendar year of the simulated horizon; years outside it take the nearest end. */
public final class YearTable {
    private final int startYear;
    private final double[] values;

    public YearTable(int startYear, double[] values) {
        this.startYear = startYear;
        this.values = values.clone();
    }

    public double at(int year) {
        int i = Math.max(0, Math.min(values.length - 1, year - startYear));
        return values[i];
    }

    public double atMonth(int month) {
        return at(Months.year(month));
    }
}
