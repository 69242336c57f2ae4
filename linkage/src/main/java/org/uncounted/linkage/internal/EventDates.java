package org.uncounted.linkage.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imprecise event dates as interchange files write them (docs/formats.md, "imprecise dates"): a
 * day {@code 2015-03-21}, a month {@code 2015-03}, a season {@code 2015-21}…{@code 2015-24}, a
 * year {@code 2015}, a decade {@code 2010s}, "around" a year {@code ~2015} (that year ± 1, as
 * simulate writes it) and ranges {@code 2015/2017} or {@code 2015-03/2016-05}. Each is read into
 * the interval of days it may denote and the precision it was given at.
 */
final class EventDates {
    /** Precision codes: 0 unreadable or missing; 1 year or coarser (a range); 2 month; 3 day. */
    static final int NONE = 0, YEAR = 1, MONTH = 2, DAY = 3;

    private static final Pattern ONE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})0s");

    private EventDates() {}

    /**
     * {first epoch day, last epoch day, precision}; precision {@link #NONE} when the text is
     * missing or unreadable (then the comparison treats it as missing, never as a disagreement).
     */
    static int[] parse(String text) {
        if (text == null || text.isBlank()) return new int[3];
        String t = text.strip();
        try {
            int slash = t.indexOf('/');
            if (slash > 0) {
                int[] a = one(t.substring(0, slash)), b = one(t.substring(slash + 1));
                if (a[2] == NONE || b[2] == NONE || b[1] < a[0]) return new int[3];
                return new int[] {a[0], b[1], YEAR};
            }
            if (t.startsWith("~")) {
                int[] y = one(t.substring(1).strip());
                if (y[2] == NONE) return y;
                int year = LocalDate.ofEpochDay(y[0]).getYear();
                return new int[] {day(year - 1, 1, 1), day(year + 1, 12, 31), YEAR};
            }
            Matcher d = DECADE.matcher(t);
            if (d.matches()) {
                int start = Integer.parseInt(d.group(1)) * 10;
                return new int[] {day(start, 1, 1), day(start + 9, 12, 31), YEAR};
            }
            return one(t);
        } catch (DateTimeException | NumberFormatException e) {
            return new int[3];
        }
    }

    private static int[] one(String t) {
        Matcher m = ONE.matcher(t);
        if (!m.matches()) return new int[3];
        int y = Integer.parseInt(m.group(1));
        if (y < 1800 || y > 2200) return new int[3];
        if (m.group(2) == null) return new int[] {day(y, 1, 1), day(y, 12, 31), YEAR};
        int mo = Integer.parseInt(m.group(2));
        if (mo >= 21 && mo <= 24 && m.group(3) == null) { // seasons: spring Mar–May … winter Dec–Feb
            int first = 3 + 3 * (mo - 21);
            YearMonth s = YearMonth.of(y, 1).plusMonths(first - 1L), e = s.plusMonths(2);
            return new int[] {
                day(s.getYear(), s.getMonthValue(), 1), (int) e.atEndOfMonth().toEpochDay(), YEAR
            };
        }
        if (m.group(3) == null) {
            YearMonth ym = YearMonth.of(y, mo);
            return new int[] {day(y, mo, 1), (int) ym.atEndOfMonth().toEpochDay(), MONTH};
        }
        int x = day(y, mo, Integer.parseInt(m.group(3)));
        return new int[] {x, x, DAY};
    }

    private static int day(int y, int m, int d) {
        return (int) LocalDate.of(y, m, d).toEpochDay();
    }

    /** The year-and-month index (year·12 + month − 1) of an epoch day. */
    static int yearMonth(int epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        return d.getYear() * 12 + d.getMonthValue() - 1;
    }
}
