package org.uncounted.model;

/**
 * A domain value was rejected at construction: names the field, the offending value and the rule
 * it broke. For sensitive fields the value is never included (it reads {@code <redacted>}).
 *
 * <p>The message has the form {@code field 'x' value 'y': rule}; file readers prepend {@code
 * file:line: }.
 */
public class InvalidCaseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** Placeholder used instead of the value of a sensitive field. */
    public static final String REDACTED = "<redacted>";

    private static final int MAX_VALUE_CHARS = 80;

    private final String field;
    private final String value;
    private final String rule;

    public InvalidCaseException(String field, Object value, String rule) {
        this(field, truncate(String.valueOf(value)), rule, true);
    }

    private InvalidCaseException(String field, String value, String rule, boolean unused) {
        super("field '" + field + "' value '" + value + "': " + rule);
        this.field = field;
        this.value = value;
        this.rule = rule;
    }

    /** For a sensitive field: the value is not kept, only the field and the rule. */
    public static InvalidCaseException sensitive(String field, String rule) {
        return new InvalidCaseException(field, REDACTED, rule, true);
    }

    /** The same failure, with the field name prefixed by a path such as {@code events[3]}. */
    public InvalidCaseException under(String path) {
        return new InvalidCaseException(path + "." + field, value, rule, true);
    }

    public String field() {
        return field;
    }

    /** The offending value, truncated to 80 chars, or {@code <redacted>}. */
    public String value() {
        return value;
    }

    public String rule() {
        return rule;
    }

    static String truncate(String s) {
        return s.length() <= MAX_VALUE_CHARS ? s : s.substring(0, MAX_VALUE_CHARS) + "…";
    }
}
