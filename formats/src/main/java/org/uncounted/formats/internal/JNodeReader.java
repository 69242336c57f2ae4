package org.uncounted.formats.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the value at the parser's current token into a {@link JNode} tree. Duplicate keys are
 * reported through {@link Errors} (the first value is kept). The path of the value being read is
 * kept as a stack and turned into text only when an error needs it.
 */
public final class JNodeReader {
    private final Errors errors;
    private final String[] names = new String[64];
    private final int[] indices = new int[64];
    private int depth;
    private String failurePath;

    public JNodeReader(Errors errors) {
        this.errors = errors;
    }

    /** The path of the value whose reading failed (or the current path), for parser errors. */
    public String failurePath() {
        return failurePath != null ? failurePath : currentPath();
    }

    /** The path of the value being read. */
    public String currentPath() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (names[i] != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(names[i]);
            } else {
                sb.append('[').append(indices[i]).append(']');
            }
        }
        return sb.toString();
    }

    /** Reads the value at the current token, under the path segment {@code name} (or index). */
    public JNode read(JsonParser p, String name, int index) throws IOException {
        push(name, index);
        try {
            return value(p);
        } catch (IOException | RuntimeException e) {
            if (failurePath == null) {
                failurePath = currentPath();
            }
            throw e;
        } finally {
            depth--;
        }
    }

    /** Enters a named level without reading (the top-level {@code cases} array). */
    public void enter(String name) {
        push(name, -1);
    }

    public void exit() {
        depth--;
    }

    public static long line(JsonParser p) {
        return p instanceof ParserBase base
                ? base.getTokenLineNr()
                : p.currentTokenLocation().getLineNr();
    }

    private void push(String name, int index) {
        if (depth < names.length) {
            names[depth] = name;
            indices[depth] = index;
        }
        depth++;
    }

    private JNode value(JsonParser p) throws IOException {
        long line = line(p);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                String[] keys = new String[8];
                JNode[] vals = new JNode[8];
                int size = 0;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName(); // interned by Jackson (INTERN_FIELD_NAMES)
                    long fieldLine = line(p);
                    p.nextToken();
                    JNode v = read(p, key, -1);
                    if (indexOf(keys, size, key) >= 0) {
                        push(key, -1);
                        errors.add(fieldLine, currentPath(), "", "duplicate field");
                        depth--;
                        continue;
                    }
                    if (size == keys.length) {
                        keys = Arrays.copyOf(keys, size * 2);
                        vals = Arrays.copyOf(vals, size * 2);
                    }
                    keys[size] = key;
                    vals[size++] = v;
                }
                return JNode.object(line, keys, vals, size);
            }
            case START_ARRAY: {
                List<JNode> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, null, i++));
                }
                return JNode.array(line, items);
            }
            case VALUE_STRING:
                return JNode.string(line, p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return JNode.number(line, p.getText());
            case VALUE_TRUE:
                return JNode.bool(line, true);
            case VALUE_FALSE:
                return JNode.bool(line, false);
            case VALUE_NULL:
                return JNode.nul(line);
            default:
                throw new IllegalStateException("unexpected token " + t + " at line " + line);
        }
    }

    private static int indexOf(String[] keys, int size, String key) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) { // interned by the parser
                return i;
            }
        }
        return -1;
    }
}
