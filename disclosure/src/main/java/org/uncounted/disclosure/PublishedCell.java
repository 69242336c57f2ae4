package org.uncounted.disclosure;

/** One published cell: a count, or suppressed (shown as "x" or an em dash, never as a number). */
public record PublishedCell(boolean suppressed, long value) {
    private static final PublishedCell SUPPRESSED = new PublishedCell(true, 0);

    public PublishedCell {
        if (suppressed && value != 0) {
            throw new IllegalStateException("a suppressed cell carries no value");
        }
        if (value < 0) {
            throw new InvalidTableException("published counts are ≥ 0: " + value);
        }
    }

    public static PublishedCell of(long value) {
        return new PublishedCell(false, value);
    }

    public static PublishedCell suppressedCell() {
        return SUPPRESSED;
    }

    @Override
    public String toString() {
        return suppressed ? "x" : Long.toString(value);
    }
}
