package org.uncounted.formats.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.uncounted.model.InvalidCaseException;
import org.uncounted.model.SensitiveText;
import org.uncounted.model.time.ImpreciseDate;
import org.uncounted.model.vocab.UnknownVocabularyValueException;

/**
 * Typed, error-reporting access to the fields of one JSON object. Every accessor returns null
 * (after reporting) when the field is missing-but-required or malformed; {@link #finish} reports
 * fields that were never asked for. The object's path (e.g. {@code cases[3].events[2]}) is built
 * only when an error needs it.
 */
final class Obj {
    static final String REDACTED = InvalidCaseException.REDACTED;

    final JNode node;
    final Errors errors;
    private final Obj parent;
    private final String name;
    private final int index;
    private long used;

    private Obj(JNode node, Obj parent, String name, int index, Errors errors) {
        this.node = node;
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.errors = errors;
    }

    /** A top-level record {@code name[index]}, or null after reporting that it is not an object. */
    static Obj root(JNode node, String name, int index, Errors errors) {
        return check(node, null, name, index, errors);
    }

    /** The element {@code name[index]} (index -1: the field {@code name}) of {@code parent}. */
    static Obj child(JNode node, Obj parent, String name, int index) {
        return check(node, parent, name, index, parent.errors);
    }

    private static Obj check(JNode node, Obj parent, String name, int index, Errors errors) {
        Obj o = new Obj(node, parent, name, index, errors);
        if (node.kind != JNode.Kind.OBJECT) {
            errors.add(node.line, o.path(), node.shown(), "must be a JSON object");
            return null;
        }
        return o;
    }

    String path() {
        String own = index < 0 ? name : name + "[" + index + "]";
        return parent == null ? own : parent.path() + "." + own;
    }

    String at(String field) {
        return path() + "." + field;
    }

    String at(String field, int i) {
        return path() + "." + field + "[" + i + "]";
    }

    JNode raw(String field) {
        int i = node.indexOf(field);
        if (i < 0) {
            return null;
        }
        if (i < 64) {
            used |= 1L << i;
        }
        JNode n = node.values[i];
        return n.kind == JNode.Kind.NULL ? null : n;
    }

    boolean has(String field) {
        return raw(field) != null;
    }

    void error(JNode at, String field, String value, String rule) {
        errors.add(at == null ? node.line : at.line, field, value, rule);
    }

    String missing(String field) {
        error(null, at(field), "", "is required");
        return null;
    }

    /** A string, or null if absent (required: reported). */
    String str(String field, boolean required) {
        JNode n = raw(field);
        if (n == null) {
            return required ? missing(field) : null;
        }
        if (n.kind != JNode.Kind.STRING) {
            error(n, at(field), n.shown(), "must be a string");
            return null;
        }
        return n.text;
    }

    /** A sensitive string: errors never show its value. */
    SensitiveText sensitive(String field) {
        JNode n = raw(field);
        if (n == null) {
            return null;
        }
        if (n.kind != JNode.Kind.STRING) {
            error(n, at(field), REDACTED, "must be a string");
            return null;
        }
        return SensitiveText.of(n.text);
    }

    <E> E vocab(String field, Function<String, E> fromCode, boolean required) {
        String code = str(field, required);
        if (code == null) {
            return null;
        }
        try {
            return fromCode.apply(code);
        } catch (UnknownVocabularyValueException e) {
            error(raw(field), at(field), code, e.rule());
            return null;
        }
    }

    Integer integer(String field, boolean required, long min, long max) {
        JNode n = raw(field);
        if (n == null) {
            if (required) {
                missing(field);
            }
            return null;
        }
        if (n.kind != JNode.Kind.NUMBER) {
            error(n, at(field), n.shown(), "must be a whole number");
            return null;
        }
        Long plain = n.plainLong();
        BigDecimal v = plain != null ? null : n.number();
        if (plain == null && v.stripTrailingZeros().scale() > 0) {
            error(n, at(field), n.shown(), "must be a whole number");
            return null;
        }
        boolean inRange = plain != null
                ? plain >= min && plain <= max
                : v.compareTo(BigDecimal.valueOf(min)) >= 0 && v.compareTo(BigDecimal.valueOf(max)) <= 0;
        if (!inRange) {
            error(n, at(field), n.shown(), "must be between " + min + " and " + max);
            return null;
        }
        return plain != null ? plain.intValue() : v.intValue();
    }

    BigDecimal decimal(String field) {
        JNode n = raw(field);
        if (n == null) {
            missing(field);
            return null;
        }
        if (n.kind != JNode.Kind.NUMBER) {
            error(n, at(field), n.shown(), "must be a number");
            return null;
        }
        return n.number();
    }

    Boolean bool(String field) {
        JNode n = raw(field);
        if (n == null) {
            return null;
        }
        if (n.kind != JNode.Kind.BOOLEAN) {
            error(n, at(field), n.shown(), "must be true or false");
            return null;
        }
        return n.bool;
    }

    ImpreciseDate date(String field, boolean required) {
        String text = str(field, required);
        if (text == null) {
            return null;
        }
        try {
            return Dates.parse(text);
        } catch (InvalidCaseException e) {
            error(raw(field), at(field), text, e.rule());
            return null;
        }
    }

    Obj obj(String field, boolean required) {
        JNode n = raw(field);
        if (n == null) {
            if (required) {
                missing(field);
            }
            return null;
        }
        return child(n, this, field, -1);
    }

    /** Array items (empty if absent), or null after reporting a non-array. */
    List<JNode> array(String field) {
        JNode n = raw(field);
        if (n == null) {
            return List.of();
        }
        if (n.kind != JNode.Kind.ARRAY) {
            error(n, at(field), n.shown(), "must be a JSON array");
            return null;
        }
        return n.items;
    }

    /** Reports every field that no accessor asked for. */
    void finish(String what) {
        for (int i = 0; i < node.size; i++) {
            boolean seen = i < 64 ? (used & (1L << i)) != 0 : true;
            if (!seen) {
                error(node.values[i], at(node.names[i]), "", "unknown field for " + what);
            }
        }
    }
}
