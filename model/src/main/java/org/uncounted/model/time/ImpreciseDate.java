package org.uncounted.model.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import org.uncounted.model.InvalidCaseException;

/**
 * A date known only to some precision, represented as the interval {@code [earliest, latest]} of
 * days it may denote, plus the precision the source gave.
 *
 * <p>Text form (EDTF-like, ISO 8601-2 level 1 subset): {@code 2015-03-21} (day), {@code 2015-03}
 * (month), {@code 2015-21} … {@code 2015-24} (spring, summer, autumn, winter; winter runs December to
 * February of the next year), {@code 2015} (year), {@code 2010s} (decade), and {@code A/B} (range,
 * from the start of A to the end of B, each a day, month or year). {@link #toString()} gives the
 * canonical form and {@code parse(d.toString()).equals(d)} always holds. Years are 1000–9999.
 *
 * <p>Ordering is by earliest day, then latest day, then precision.
 */
public record ImpreciseDate(DatePrecision precision, LocalDate earliest, LocalDate latest)
        implements Comparable<ImpreciseDate> {
    private static final Comparator<ImpreciseDate> ORDER = Comparator.comparing(ImpreciseDate::earliest)
            .thenComparing(ImpreciseDate::latest)
            .thenComparing(ImpreciseDate::precision);

    public ImpreciseDate {
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new InvalidCaseException(
                    "date", earliest + "/" + latest, "end of a date range must not be before its start");
        }
        if (earliest.getYear() < 1000 || latest.getYear() > 9999) {
            throw new InvalidCaseException("date", earliest + "/" + latest, "years must be between 1000 and 9999");
        }
    }

    public static ImpreciseDate ofDay(LocalDate day) {
        return new ImpreciseDate(DatePrecision.DAY, day, day);
    }

    public static ImpreciseDate ofMonth(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new ImpreciseDate(DatePrecision.MONTH, ym.atDay(1), ym.atEndOfMonth());
    }

    public static ImpreciseDate ofYear(int year) {
        return new ImpreciseDate(DatePrecision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The decade starting at {@code startYear}, which must be a multiple of ten. */
    public static ImpreciseDate ofDecade(int startYear) {
        if (startYear % 10 != 0) {
            throw new InvalidCaseException("date", startYear + "s", "a decade starts at a multiple of ten");
        }
        return new ImpreciseDate(
                DatePrecision.DECADE, LocalDate.of(startYear, 1, 1), LocalDate.of(startYear + 9, 12, 31));
    }

    /** A northern-hemisphere season; winter {@code year} runs from December of year to February. */
    public static ImpreciseDate ofSeason(int year, Season season) {
        YearMonth first = YearMonth.of(year, season.firstMonth());
        return new ImpreciseDate(
                DatePrecision.SEASON, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /** From the start of {@code from} to the end of {@code to}. */
    public static ImpreciseDate range(ImpreciseDate from, ImpreciseDate to) {
        return new ImpreciseDate(DatePrecision.RANGE, from.earliest(), to.latest());
    }

    /** The range of whole days {@code [first, last]}. */
    public static ImpreciseDate between(LocalDate first, LocalDate last) {
        return new ImpreciseDate(DatePrecision.RANGE, first, last);
    }

    /**
     * Parses the text form described in the class comment.
     *
     * @throws InvalidCaseException naming the text and the accepted forms
     */
    public static ImpreciseDate parse(String text) {
        return ImpreciseDateText.parse(text);
    }

    /** Whether the two intervals share at least one day. */
    public boolean overlaps(ImpreciseDate other) {
        return !earliest.isAfter(other.latest) && !other.earliest.isAfter(latest);
    }

    /** Whether every day this date may denote lies before every day {@code other} may denote. */
    public boolean isDefinitelyBefore(ImpreciseDate other) {
        return latest.isBefore(other.earliest);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }

    /** The middle day (rounded down), a point estimate for analyses that need one. */
    public LocalDate midpoint() {
        return earliest.plusDays((latest.toEpochDay() - earliest.toEpochDay()) / 2);
    }

    /** The calendar years this date may fall in. */
    public YearRange years() {
        return new YearRange(earliest.getYear(), latest.getYear());
    }

    @Override
    public int compareTo(ImpreciseDate other) {
        return ORDER.compare(this, other);
    }

    /** The canonical text form. */
    @Override
    public String toString() {
        return ImpreciseDateText.format(this);
    }

    /** Northern-hemisphere seasons with their EDTF codes. */
    public enum Season {
        SPRING(21, 3),
        SUMMER(22, 6),
        AUTUMN(23, 9),
        WINTER(24, 12);

        private final int edtfCode;
        private final int firstMonth;

        Season(int edtfCode, int firstMonth) {
            this.edtfCode = edtfCode;
            this.firstMonth = firstMonth;
        }

        public int edtfCode() {
            return edtfCode;
        }

        public int firstMonth() {
            return firstMonth;
        }

        static Season ofEdtfCode(int code) {
            for (Season s : values()) {
                if (s.edtfCode == code) {
                    return s;
                }
            }
            throw new DateTimeException("no season " + code);
        }
    }
}
