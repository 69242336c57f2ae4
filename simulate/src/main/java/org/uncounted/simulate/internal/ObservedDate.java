package org.uncounted.simulate.internal;

/**
 * A date as a record gives it: year only, year and month, a full day, or "around" a year.
 *
 * @param year the year (as stated; for "around" dates possibly off by one)
 * @param month 1..12, or 0 when not stated
 * @param day 1..28, or 0 when not stated
 * @param approximate true for "around YEAR"
 */
public record ObservedDate(int year, int month, int day, boolean approximate) {
    /** ISO-like text: {@code 2016}, {@code 2016-03}, {@code 2016-03-14}, {@code ~2016}. */
    public String text() {
        if (approximate) return "~" + year;
        if (month == 0) return Integer.toString(year);
        String m = (month < 10 ? "-0" : "-") + month;
        if (day == 0) return year + m;
        return year + m + (day < 10 ? "-0" : "-") + day;
    }
}
