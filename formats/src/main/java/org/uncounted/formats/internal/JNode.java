package org.uncounted.formats.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A JSON value of one record, remembering the line it started on, so that errors found while
 * decoding can point at the line. Only one record's tree exists at a time. Objects keep their
 * fields in small parallel arrays (records have a few dozen fields at most, so a linear scan beats
 * hashing).
 */
public final class JNode {
    public enum Kind {
        OBJECT,
        ARRAY,
        STRING,
        NUMBER,
        BOOLEAN,
        NULL
    }

    final Kind kind;
    final long line;
    final String text;
    private BigDecimal number;
    final boolean bool;
    final String[] names;
    final JNode[] values;
    final int size;
    final List<JNode> items;

    private JNode(
            Kind kind,
            long line,
            String text,
            BigDecimal number,
            boolean bool,
            String[] names,
            JNode[] values,
            int size,
            List<JNode> items) {
        this.kind = kind;
        this.line = line;
        this.text = text;
        this.number = number;
        this.bool = bool;
        this.names = names;
        this.values = values;
        this.size = size;
        this.items = items;
    }

    static JNode object(long line, String[] names, JNode[] values, int size) {
        return new JNode(Kind.OBJECT, line, null, null, false, names, values, size, null);
    }

    static JNode array(long line, List<JNode> items) {
        return new JNode(Kind.ARRAY, line, null, null, false, null, null, 0, items);
    }

    static JNode string(long line, String text) {
        return new JNode(Kind.STRING, line, text, null, false, null, null, 0, null);
    }

    /** A number, kept as its JSON text and converted only when asked for. */
    static JNode number(long line, String text) {
        return new JNode(Kind.NUMBER, line, text, null, false, null, null, 0, null);
    }

    /** The number's exact value. */
    BigDecimal number() {
        if (number == null) {
            number = new BigDecimal(text);
        }
        return number;
    }

    /** The number as a long if it is written as a plain integer of at most 18 digits, else null. */
    Long plainLong() {
        int n = text.length();
        if (n == 0 || n > 18) {
            return null;
        }
        for (int i = text.charAt(0) == '-' ? 1 : 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return n == 1 && text.charAt(0) == '-' ? null : Long.parseLong(text);
    }

    static JNode bool(long line, boolean value) {
        return new JNode(Kind.BOOLEAN, line, Boolean.toString(value), null, value, null, null, 0, null);
    }

    static JNode nul(long line) {
        return new JNode(Kind.NULL, line, "null", null, false, null, null, 0, null);
    }

    /**
     * Index of a field of an object, or -1. Field names are interned (Jackson's {@code
     * INTERN_FIELD_NAMES}, enabled in {@link Json#FACTORY}) and callers pass string literals, so
     * identity is equality.
     */
    int indexOf(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        return -1;
    }

    public long line() {
        return line;
    }

    public Kind kind() {
        return kind;
    }

    /** A short rendering of the value for error messages. */
    String shown() {
        return switch (kind) {
            case OBJECT -> "{…}";
            case ARRAY -> "[…]";
            default -> text;
        };
    }
}
