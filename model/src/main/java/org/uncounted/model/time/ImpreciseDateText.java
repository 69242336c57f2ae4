package org.uncounted.model.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.uncounted.model.InvalidCaseException;

/** Parsing and canonical formatting of {@link ImpreciseDate}'s text form. */
final class ImpreciseDateText {
    static final String FORMS = "expected YYYY-MM-DD, YYYY-MM, YYYY-21..24 (season), YYYY, YYYYs (decade) or A/B";

    private ImpreciseDateText() {}

    static ImpreciseDate parse(String text) {
        if (text == null) {
            throw new InvalidCaseException("date", "null", FORMS);
        }
        try {
            int slash = text.indexOf('/');
            if (slash >= 0) {
                ImpreciseDate from = single(text.substring(0, slash));
                ImpreciseDate to = single(text.substring(slash + 1));
                if (from.precision() == DatePrecision.DECADE || to.precision() == DatePrecision.DECADE) {
                    throw new DateTimeException("decade in range");
                }
                return ImpreciseDate.range(from, to);
            }
            return single(text);
        } catch (DateTimeException | NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new InvalidCaseException("date", text, FORMS);
        }
    }

    private static ImpreciseDate single(String s) {
        int len = s.length();
        if (len == 5 && s.charAt(4) == 's') {
            return ImpreciseDate.ofDecade(year(s.substring(0, 4)));
        }
        if (len == 4) {
            return ImpreciseDate.ofYear(year(s));
        }
        if (len == 7 && s.charAt(4) == '-') {
            int year = year(s.substring(0, 4));
            int part = twoDigits(s.substring(5, 7));
            if (part >= 21 && part <= 24) {
                return ImpreciseDate.ofSeason(year, ImpreciseDate.Season.ofEdtfCode(part));
            }
            return ImpreciseDate.ofMonth(year, part);
        }
        if (len == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            return ImpreciseDate.ofDay(
                    LocalDate.of(year(s.substring(0, 4)), twoDigits(s.substring(5, 7)), twoDigits(s.substring(8, 10))));
        }
        throw new DateTimeException("bad form");
    }

    private static int year(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                throw new DateTimeException("bad year");
            }
        }
        return Integer.parseInt(s);
    }

    private static int twoDigits(String s) {
        return year(s);
    }

    static String format(ImpreciseDate d) {
        LocalDate e = d.earliest();
        return switch (d.precision()) {
            case DAY -> e.toString();
            case MONTH -> YearMonth.from(e).toString();
            case SEASON -> e.getYear() + "-" + (20 + e.getMonthValue() / 3);
            case YEAR -> Integer.toString(e.getYear());
            case DECADE -> e.getYear() + "s";
            case RANGE -> start(e) + "/" + end(d.latest());
        };
    }

    private static String start(LocalDate e) {
        if (e.getDayOfYear() == 1) {
            return Integer.toString(e.getYear());
        }
        return e.getDayOfMonth() == 1 ? YearMonth.from(e).toString() : e.toString();
    }

    private static String end(LocalDate l) {
        if (l.getMonthValue() == 12 && l.getDayOfMonth() == 31) {
            return Integer.toString(l.getYear());
        }
        return l.equals(YearMonth.from(l).atEndOfMonth()) ? YearMonth.from(l).toString() : l.toString();
    }
}
