package org.uncounted.model.time;

import org.uncounted.model.InvalidCaseException;

/** A closed interval of calendar years, e.g. the years in which a person may have been born. */
public record YearRange(int first, int last) {
    public YearRange {
        if (first > last) {
            throw new InvalidCaseException("yearRange", first + "-" + last, "first year must not be after last year");
        }
    }

    public static YearRange of(int year) {
        return new YearRange(year, year);
    }

    public boolean contains(int year) {
        return first <= year && year <= last;
    }

    public boolean overlaps(YearRange other) {
        return first <= other.last && other.first <= last;
    }

    public int width() {
        return last - first + 1;
    }

    /** {@code 1990} or {@code 1989-1990}. */
    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }

    /**
     * Parses {@link #toString()}'s form.
     *
     * @throws InvalidCaseException if the text is not {@code YYYY} or {@code YYYY-YYYY}
     */
    public static YearRange parse(String text) {
        try {
            int dash = text.indexOf('-', 1);
            if (dash < 0) {
                return of(Integer.parseInt(text.trim()));
            }
            return new YearRange(
                    Integer.parseInt(text.substring(0, dash).trim()),
                    Integer.parseInt(text.substring(dash + 1).trim()));
        } catch (NumberFormatException e) {
            throw new InvalidCaseException("yearRange", text, "must be YYYY or YYYY-YYYY");
        }
    }
}
