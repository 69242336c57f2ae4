package org.uncounted.formats.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value of one record, remembering the line it started on, so that errors found while
 * decoding can point at the line. Only one record's tree exists at a time.
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
    final BigDecimal number;
    final boolean bool;
    final Map<String, JNode> fields;
    final List<JNode> items;

    private JNode(
            Kind kind,
            long line,
            String text,
            BigDecimal number,
            boolean bool,
            Map<String, JNode> fields,
            List<JNode> items) {
        this.kind = kind;
        this.line = line;
        this.text = text;
        this.number = number;
        this.bool = bool;
        this.fields = fields;
        this.items = items;
    }

    static JNode object(long line, LinkedHashMap<String, JNode> fields) {
        return new JNode(Kind.OBJECT, line, null, null, false, fields, null);
    }

    static JNode array(long line, List<JNode> items) {
        return new JNode(Kind.ARRAY, line, null, null, false, null, items);
    }

    static JNode string(long line, String text) {
        return new JNode(Kind.STRING, line, text, null, false, null, null);
    }

    static JNode number(long line, BigDecimal number, String text) {
        return new JNode(Kind.NUMBER, line, text, number, false, null, null);
    }

    static JNode bool(long line, boolean value) {
        return new JNode(Kind.BOOLEAN, line, Boolean.toString(value), null, value, null, null);
    }

    static JNode nul(long line) {
        return new JNode(Kind.NULL, line, "null", null, false, null, null);
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
