package org.uncounted.formats.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.uncounted.model.InvalidCaseException;
import org.uncounted.model.SensitiveText;
import org.uncounted.model.time.ImpreciseDate;
import org.uncounted.model.vocab.UnknownVocabularyValueException;

/**
 * Typed, error-reporting access to the fields of one JSON object. Every accessor returns null
 * (after reporting) when the field is missing-but-required or malformed; {@link #finish} reports
 * fields that were never asked for.
 */
final class Obj {
    static final String REDACTED = InvalidCaseException.REDACTED;

    final JNode node;
    final String path;
    final Errors errors;
    private final Set<String> used = new HashSet<>();

    private Obj(JNode node, String path, Errors errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** The object, or null after reporting that the value is not an object. */
    static Obj of(JNode node, String path, Errors errors) {
        if (node.kind != JNode.Kind.OBJECT) {
            errors.add(node.line, path, node.shown(), "must be a JSON object");
            return null;
        }
        return new Obj(node, path, errors);
    }

    String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    JNode raw(String name) {
        used.add(name);
        JNode n = node.fields.get(name);
        return n == null || n.kind == JNode.Kind.NULL ? null : n;
    }

    boolean has(String name) {
        return raw(name) != null;
    }

    void error(JNode at, String field, String value, String rule) {
        errors.add(at == null ? node.line : at.line, field, value, rule);
    }

    String missing(String name) {
        error(null, at(name), "", "is required");
        return null;
    }

    /** A string, or null if absent (required: reported). */
    String str(String name, boolean required) {
        JNode n = raw(name);
        if (n == null) {
            return required ? missing(name) : null;
        }
        if (n.kind != JNode.Kind.STRING) {
            error(n, at(name), n.shown(), "must be a string");
            return null;
        }
        return n.text;
    }

    /** A sensitive string: errors never show its value. */
    SensitiveText sensitive(String name) {
        JNode n = raw(name);
        if (n == null) {
            return null;
        }
        if (n.kind != JNode.Kind.STRING) {
            error(n, at(name), REDACTED, "must be a string");
            return null;
        }
        return SensitiveText.of(n.text);
    }

    <E> E vocab(String name, Function<String, E> fromCode, boolean required) {
        String code = str(name, required);
        if (code == null) {
            return null;
        }
        try {
            return fromCode.apply(code);
        } catch (UnknownVocabularyValueException e) {
            error(raw(name), at(name), code, e.rule());
            return null;
        }
    }

    Integer integer(String name, boolean required, long min, long max) {
        JNode n = raw(name);
        if (n == null) {
            if (required) {
                missing(name);
            }
            return null;
        }
        if (n.kind != JNode.Kind.NUMBER || n.number.stripTrailingZeros().scale() > 0) {
            error(n, at(name), n.shown(), "must be a whole number");
            return null;
        }
        BigDecimal v = n.number;
        if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
            error(n, at(name), n.shown(), "must be between " + min + " and " + max);
            return null;
        }
        return v.intValueExact();
    }

    BigDecimal decimal(String name) {
        JNode n = raw(name);
        if (n == null) {
            return missingDecimal(name);
        }
        if (n.kind != JNode.Kind.NUMBER) {
            error(n, at(name), n.shown(), "must be a number");
            return null;
        }
        return n.number;
    }

    private BigDecimal missingDecimal(String name) {
        missing(name);
        return null;
    }

    Boolean bool(String name) {
        JNode n = raw(name);
        if (n == null) {
            return null;
        }
        if (n.kind != JNode.Kind.BOOLEAN) {
            error(n, at(name), n.shown(), "must be true or false");
            return null;
        }
        return n.bool;
    }

    ImpreciseDate date(String name, boolean required) {
        String text = str(name, required);
        if (text == null) {
            return null;
        }
        try {
            return ImpreciseDate.parse(text);
        } catch (InvalidCaseException e) {
            error(raw(name), at(name), text, e.rule());
            return null;
        }
    }

    Obj obj(String name, boolean required) {
        JNode n = raw(name);
        if (n == null) {
            if (required) {
                missing(name);
            }
            return null;
        }
        return of(n, at(name), errors);
    }

    /** Array items (empty if absent), or null after reporting a non-array. */
    List<JNode> array(String name) {
        JNode n = raw(name);
        if (n == null) {
            return List.of();
        }
        if (n.kind != JNode.Kind.ARRAY) {
            error(n, at(name), n.shown(), "must be a JSON array");
            return null;
        }
        return n.items;
    }

    /** Reports every field that no accessor asked for. */
    void finish(String what) {
        for (var e : node.fields.entrySet()) {
            if (!used.contains(e.getKey())) {
                error(e.getValue(), at(e.getKey()), "", "unknown field for " + what);
            }
        }
    }
}
