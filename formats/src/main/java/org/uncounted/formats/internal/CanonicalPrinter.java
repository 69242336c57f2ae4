package org.uncounted.formats.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Compact JSON except that each element of the top-level {@code cases} array starts on a line of
 * its own: the header on line 1, case {@code i} on line {@code i + 1}, the closing {@code ]}} on
 * the last line. Lines end with {@code \n}.
 */
public final class CanonicalPrinter implements PrettyPrinter {
    private static boolean isCasesArray(JsonGenerator g) {
        return g.getOutputContext().inArray() && g.getOutputContext().getNestingDepth() == 2;
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
        g.writeRaw('}');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(':');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        if (isCasesArray(g)) {
            g.writeRaw('\n');
        }
        g.writeRaw(']');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (isCasesArray(g)) {
            g.writeRaw('\n');
        }
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (isCasesArray(g)) {
            g.writeRaw('\n');
        }
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {}
}
