package org.uncounted.formats;

/**
 * One problem found in an input file: where ({@code file}, {@code line}; line 0 when the whole
 * file is at fault), which field (a path inside the record such as {@code events[2].end}), the
 * offending value (at most 80 characters; {@code <redacted>} for sensitive fields) and the rule
 * it broke. {@link #toString()} renders {@code file:line: field 'x' value 'y': rule}.
 */
public record RecordError(String file, long line, String field, String value, String rule) {
    /** Values longer than this are cut and end with an ellipsis. */
    public static final int MAX_VALUE_CHARS = 80;

    public RecordError {
        value = value == null ? "" : truncate(value);
        field = field == null ? "" : field;
    }

    @Override
    public String toString() {
        return file + ":" + line + ": field '" + field + "' value '" + value + "': " + rule;
    }

    private static String truncate(String s) {
        return s.length() <= MAX_VALUE_CHARS ? s : s.substring(0, MAX_VALUE_CHARS) + "…";
    }
}
