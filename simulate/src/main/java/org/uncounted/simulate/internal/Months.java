package org.uncounted.simulate.internal;

/** Month indexes: {@code year × 12 + (month − 1)}, so consecutive months differ by one. */
public final class Months {
    private Months() {}

    public static int of(int year, int month) {
        return year * 12 + month - 1;
    }

    public static int year(int m) {
        return Math.floorDiv(m, 12);
    }

    /** Calendar month 1..12. */
    public static int month(int m) {
        return Math.floorMod(m, 12) + 1;
    }

    /** {@code YYYY-MM}. */
    public static String format(int m) {
        int mo = month(m);
        return year(m) + (mo < 10 ? "-0" : "-") + mo;
    }
}
