package org.uncounted.disclosure;

/**
 * Where a cell was suppressed and why; never its value.
 *
 * @param rowLabel the row category, "Total" for the column-total row, empty for one-way tables
 * @param columnLabel the column category, or "Total"
 */
public record SuppressedCell(String table, String rowLabel, String columnLabel, Reason reason) {
    public enum Reason {
        /** Its (noisy) count, or that count rounded, was between 1 and threshold − 1. */
        PRIMARY,
        /** Hidden so that a primary cell cannot be recovered from the margins. */
        COMPLEMENTARY,
        /** The same quantity is suppressed in another table of the release. */
        SHARED
    }
}
