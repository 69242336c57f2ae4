package org.uncounted.store.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.uncounted.formats.CaseFileHeader;
import org.uncounted.formats.CaseFileReport;
import org.uncounted.formats.CaseHandler;
import org.uncounted.formats.CaseJsonReader;
import org.uncounted.formats.CaseJsonWriter;
import org.uncounted.model.Case;
import org.uncounted.model.Source;

/**
 * The sealed document of a case is a JSON case file holding that one case (the formats module's
 * canonical encoding), so it is read back by the same validating reader as any import and written
 * out by the same canonical writer: a stored case exports to exactly the bytes it was imported as.
 * A source's descriptor is the same file with no case.
 */
public final class Documents {
    private final CaseJsonReader reader;

    public Documents(CaseJsonReader reader) {
        this.reader = reader;
    }

    /** The canonical one-case file of {@code c}. */
    public static byte[] encode(Source source, Case c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (CaseJsonWriter w = CaseJsonWriter.open(out, source)) {
            if (c != null) w.write(c);
        }
        return out.toByteArray();
    }

    /** The descriptor of a source: an empty case file with its header. */
    public static byte[] descriptor(Source source) {
        return encode(source, null);
    }

    /** The source held in a descriptor or document. */
    public Source source(byte[] file) {
        return read(file).header.source();
    }

    /** The case held in a document. */
    public Case decode(byte[] document) {
        Parsed p = read(document);
        if (p.cases.size() != 1)
            throw new IllegalStateException("a stored document holds " + p.cases.size() + " cases");
        return p.cases.get(0);
    }

    private record Parsed(CaseFileHeader header, List<Case> cases) {}

    private Parsed read(byte[] file) {
        List<Case> cases = new ArrayList<>(1);
        CaseFileHeader[] header = new CaseFileHeader[1];
        CaseFileReport report = reader.read(new ByteArrayInputStream(file), "stored document", new CaseHandler() {
            @Override
            public void header(CaseFileHeader h) {
                header[0] = h;
            }

            @Override
            public void accept(Case c, long line) {
                cases.add(c);
            }
        });
        if (!report.isValid() || header[0] == null) {
            // Stored documents were valid when imported; failing now means a reader change or damage.
            throw new IllegalStateException(
                    "a stored document no longer reads back: " + report.totalErrors() + " error(s), first: "
                            + (report.errors().isEmpty()
                                    ? "none"
                                    : report.errors().get(0).rule()));
        }
        return new Parsed(header[0], cases);
    }
}
