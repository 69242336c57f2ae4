package org.uncounted.formats;

/** Limits that protect readers from hostile or broken files. */
public final class FormatLimits {
    /**
     * Longest accepted string value or field name: 1 MiB (1,048,576 chars). A narrative of a few
     * hundred pages fits; a 50 MB field is rejected before it is read into memory (Jackson {@code
     * StreamReadConstraints.maxStringLength}).
     */
    public static final int MAX_FIELD_CHARS = 1 << 20;

    /** Deepest accepted nesting of JSON objects and arrays (the format needs 5). */
    public static final int MAX_NESTING_DEPTH = 32;

    /** Most errors kept in a report; further errors are only counted. */
    public static final int MAX_ERRORS = 1000;

    private FormatLimits() {}
}
