package org.uncounted.formats;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.uncounted.formats.internal.CanonicalPrinter;
import org.uncounted.formats.internal.CaseEncoder;
import org.uncounted.formats.internal.Json;
import org.uncounted.model.Case;
import org.uncounted.model.Source;

/**
 * Writes a JSON case file (docs/formats.md) one case at a time, canonically: fixed field order,
 * plain decimal numbers, UTF-8 without byte-order mark, one case per line, {@code \n} line ends.
 * The same cases in the same order always give the same bytes, so export → import → export is
 * byte-identical.
 *
 * <p>The file contains identifying text in clear (names, narratives): write it only where the
 * user asked for it. Not thread-safe. Close it (try-with-resources) to finish the file; the
 * output stream is closed with it.
 */
public final class CaseJsonWriter implements AutoCloseable {
    private final OutputStream out;
    private final JsonGenerator g;
    private final CaseEncoder encoder;
    private final String sourceId;
    private long written;
    private boolean closed;

    private CaseJsonWriter(OutputStream out, Source source) throws IOException {
        this.out = out;
        this.sourceId = source.id();
        this.g = Json.FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.setPrettyPrinter(new CanonicalPrinter());
        this.encoder = new CaseEncoder(g);
        g.writeStartObject();
        g.writeStringField("format", CaseFileHeader.FORMAT);
        g.writeNumberField("version", CaseFileHeader.VERSION);
        g.writeFieldName("source");
        encoder.source(source);
        g.writeArrayFieldStart("cases");
    }

    /** Starts a file at {@code path} (created or truncated) for cases of {@code source}. */
    public static CaseJsonWriter open(Path path, Source source) {
        try {
            return new CaseJsonWriter(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16), source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /** Starts a file on {@code out} (closed when this writer is closed). */
    public static CaseJsonWriter open(OutputStream out, Source source) {
        try {
            return new CaseJsonWriter(out, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends a case.
     *
     * @throws IllegalArgumentException if the case belongs to another source than the file's
     */
    public void write(Case c) {
        if (!c.sourceId().equals(sourceId)) {
            throw new IllegalArgumentException("case " + c.caseId() + " belongs to source " + c.sourceId()
                    + ", but this file holds source " + sourceId);
        }
        try {
            encoder.write(c);
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cases written so far. */
    public long written() {
        return written;
    }

    /** Finishes the file ({@code ]}} and a final newline) and closes the stream. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
            g.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
