package org.uncounted.formats.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads the value at the parser's current token into a {@link JNode} tree. Duplicate keys are
 * reported through {@link Errors} (the first value is kept).
 */
public final class JNodeReader {
    private final Errors errors;
    private String currentPath = "";

    public JNodeReader(Errors errors) {
        this.errors = errors;
    }

    /** The path of the value being read, for errors raised by the parser itself. */
    public String currentPath() {
        return currentPath;
    }

    public JNode read(JsonParser p, String path) throws IOException {
        currentPath = path;
        long line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                LinkedHashMap<String, JNode> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    long fieldLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    JNode value = read(p, path.isEmpty() ? name : path + "." + name);
                    if (fields.putIfAbsent(name, value) != null) {
                        errors.add(fieldLine, path.isEmpty() ? name : path + "." + name, "", "duplicate field");
                    }
                }
                return JNode.object(line, fields);
            }
            case START_ARRAY: {
                List<JNode> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, path + "[" + i++ + "]"));
                }
                return JNode.array(line, items);
            }
            case VALUE_STRING:
                return JNode.string(line, p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return JNode.number(line, p.getDecimalValue(), p.getText());
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
}
