package org.uncounted.model.time;

import java.util.Objects;
import java.util.Optional;
import org.uncounted.model.InvalidCaseException;

/**
 * An age as a source stated it: exact ({@code min == max}) or a band, the way it was counted, and
 * when it was stated (needed to turn it into birth years; may be null if unknown).
 *
 * <p>Rules: {@code 0 <= min <= max <= 120}; violations throw {@link InvalidCaseException} on field
 * {@code age}. Text form of the years: {@code 27} or {@code 25-29}.
 */
public record Age(int min, int max, AgeReckoning reckoning, ImpreciseDate statedOn) {
    /** The oldest age accepted as plausible. */
    public static final int MAX_YEARS = 120;

    public Age {
        Objects.requireNonNull(reckoning, "reckoning");
        if (min < 0 || max > MAX_YEARS) {
            throw new InvalidCaseException("age", rangeText(min, max), "must be between 0 and " + MAX_YEARS + " years");
        }
        if (min > max) {
            throw new InvalidCaseException("age", rangeText(min, max), "lower bound must not exceed upper bound");
        }
    }

    public static Age exact(int years, AgeReckoning reckoning, ImpreciseDate statedOn) {
        return new Age(years, years, reckoning, statedOn);
    }

    public static Age band(int min, int max, AgeReckoning reckoning, ImpreciseDate statedOn) {
        return new Age(min, max, reckoning, statedOn);
    }

    /**
     * Parses {@code 27} or {@code 25-29}.
     *
     * @throws InvalidCaseException if the text is neither or out of range
     */
    public static Age parse(String years, AgeReckoning reckoning, ImpreciseDate statedOn) {
        try {
            int dash = years.indexOf('-', 1);
            if (dash < 0) {
                return exact(Integer.parseInt(years.trim()), reckoning, statedOn);
            }
            return band(
                    Integer.parseInt(years.substring(0, dash).trim()),
                    Integer.parseInt(years.substring(dash + 1).trim()),
                    reckoning,
                    statedOn);
        } catch (NumberFormatException e) {
            throw new InvalidCaseException("age", years, "must be a whole number of years or a band like 25-29");
        }
    }

    public boolean isExact() {
        return min == max;
    }

    /**
     * The same age in international reckoning: Korean age minus one or two (minus two before the
     * birthday in the stated year, minus one after it), so a Korean {@code 25} becomes {@code
     * 23-24}; an unknown reckoning widens the band downwards by two.
     */
    public Age toInternational() {
        return switch (reckoning) {
            case INTERNATIONAL -> this;
            case KOREAN -> new Age(Math.max(0, min - 2), Math.max(0, max - 1), AgeReckoning.INTERNATIONAL, statedOn);
            case UNKNOWN -> new Age(Math.max(0, min - 2), max, AgeReckoning.INTERNATIONAL, statedOn);
        };
    }

    /**
     * The years in which the person may have been born, or empty if {@link #statedOn()} is unknown.
     * International age {@code a} stated in year {@code Y}: born in {@code Y-a-1} or {@code Y-a}.
     * Korean age {@code k}: born in {@code Y-k+1}. Bands and imprecise stated dates widen the range.
     */
    public Optional<YearRange> birthYears() {
        if (statedOn == null) {
            return Optional.empty();
        }
        int firstYear = statedOn.earliest().getYear();
        int lastYear = statedOn.latest().getYear();
        return Optional.of(
                switch (reckoning) {
                    case INTERNATIONAL -> new YearRange(firstYear - max - 1, lastYear - min);
                    case KOREAN -> new YearRange(firstYear - max + 1, lastYear - min + 1);
                    case UNKNOWN -> new YearRange(firstYear - max - 1, lastYear - min + 1);
                });
    }

    /** {@code 27} or {@code 25-29}. */
    public String yearsText() {
        return rangeText(min, max);
    }

    private static String rangeText(int min, int max) {
        return min == max ? Integer.toString(min) : min + "-" + max;
    }
}
