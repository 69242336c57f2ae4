package org.uncounted.figures;

/**
 * One category's share of a total with its interval, its n and how it was computed: one line of
 * a headline table ("prostitution: 48 % (41–55 %), n = 212, Wilson score").
 *
 * @param count persons (or weighted persons) in the category
 * @param total persons (or weighted persons) classified
 */
public record Share(String category, double count, double total, double estimate, Interval interval) {
    public Share {
        if (total < 0 || count < 0 || count > total + 1e-9) {
            throw new InvalidFigureInputException(
                    "share " + category + ": need 0 ≤ count ≤ total, got " + count + " of " + total);
        }
    }
}
