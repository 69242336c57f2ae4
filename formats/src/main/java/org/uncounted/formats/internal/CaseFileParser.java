package org.uncounted.formats.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.HashSet;
import java.util.Set;
import org.uncounted.formats.CaseFileHeader;
import org.uncounted.formats.CaseFileReport;
import org.uncounted.formats.CaseHandler;
import org.uncounted.formats.FormatLimits;
import org.uncounted.model.Case;
import org.uncounted.model.Source;
import org.uncounted.model.place.Gazetteer;

/**
 * One pass over one JSON case file: streams the top-level object, reads one case at a time into a
 * {@link JNode} tree, decodes and validates it, hands valid cases to the handler while the file is
 * still error-free, and collects every error.
 */
public final class CaseFileParser {
    private static final String SHAPE =
            "a case file is one JSON object {\"format\", \"version\", \"source\", \"cases\": [...]}";

    private final String file;
    private final Errors errors;
    private final JNodeReader nodes;
    private final CaseDecoder decoder;
    private final Set<String> recordIds = new HashSet<>();
    private final Set<String> caseIds = new HashSet<>();
    private CaseFileHeader header;
    private long valid;

    public CaseFileParser(String file, Gazetteer gazetteer) {
        this.file = file;
        this.errors = new Errors(file);
        this.nodes = new JNodeReader(errors);
        this.decoder = new CaseDecoder(errors, gazetteer);
    }

    /** Reads the stream to its end (or to the first fatal error); {@code handler} may be null. */
    public CaseFileReport run(InputStream in, CaseHandler handler) throws IOException {
        PushbackInputStream pin = new PushbackInputStream(in, 4);
        String problem = Encoding.problem(pin);
        if (problem != null) {
            errors.add(0, "", "", problem);
            return report();
        }
        try (JsonParser p = Json.FACTORY.createParser(pin)) {
            try {
                parse(p, handler);
            } catch (StreamConstraintsException e) {
                String rule = e.getMessage() != null && e.getMessage().contains("length")
                        ? "value is longer than the maximum field length of " + FormatLimits.MAX_FIELD_CHARS
                                + " characters"
                        : "exceeds a reader limit: " + Json.sanitise(e.getOriginalMessage());
                errors.add(line(e, p), nodes.failurePath(), "<too long>", rule);
            } catch (CharConversionException e) {
                errors.add(
                        line(null, p), nodes.failurePath(), "", "invalid character encoding; the file must be UTF-8");
            } catch (JsonProcessingException e) {
                String msg = e.getOriginalMessage();
                String rule = msg != null && msg.contains("UTF-8")
                        ? "invalid UTF-8 byte sequence; the file must be UTF-8"
                        : "malformed JSON: " + Json.sanitise(msg);
                errors.add(line(e, p), nodes.failurePath(), "", rule);
            }
        }
        return report();
    }

    private void parse(JsonParser p, CaseHandler handler) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            errors.add(0, "", "", "the file contains no JSON value (empty file); " + SHAPE);
            return;
        }
        if (t != JsonToken.START_OBJECT) {
            errors.add(line(null, p), "", "", SHAPE);
            return;
        }
        boolean sawFormat = false;
        boolean sawVersion = false;
        boolean sawCases = false;
        Source source = null;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "format" -> {
                    sawFormat = true;
                    JNode n = nodes.read(p, "format", -1);
                    if (n.kind != JNode.Kind.STRING || !CaseFileHeader.FORMAT.equals(n.text)) {
                        errors.add(n.line, "format", n.shown(), "must be \"" + CaseFileHeader.FORMAT + "\"");
                    }
                }
                case "version" -> {
                    sawVersion = true;
                    JNode n = nodes.read(p, "version", -1);
                    if (n.kind != JNode.Kind.NUMBER || !"1".equals(n.text)) {
                        errors.add(
                                n.line,
                                "version",
                                n.shown(),
                                "unsupported version; this reader reads version " + CaseFileHeader.VERSION);
                    }
                }
                case "source" -> {
                    JNode n = nodes.read(p, "source", -1);
                    source = decoder.source(n);
                    if (source != null && sawFormat && sawVersion) {
                        header = CaseFileHeader.of(source);
                        if (handler != null && errors.total() == 0) {
                            handler.header(header);
                        }
                    }
                }
                case "cases" -> {
                    sawCases = true;
                    if (header == null) {
                        errors.add(
                                line(null, p),
                                "cases",
                                "",
                                "\"format\", \"version\" and a valid \"source\" must come before \"cases\"");
                        return;
                    }
                    cases(p, handler);
                }
                default -> {
                    errors.add(line(null, p), name, "", "unknown top-level field; " + SHAPE);
                    p.skipChildren();
                }
            }
        }
        if (!sawFormat || !sawVersion || source == null && errors.total() == 0 || !sawCases) {
            errors.add(line(null, p), "", "", "missing field(s): " + SHAPE);
        }
        if (p.nextToken() != null) {
            errors.add(line(null, p), "", "", "unexpected content after the closing }");
        }
    }

    private void cases(JsonParser p, CaseHandler handler) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            errors.add(line(null, p), "cases", "", "must be a JSON array of case objects");
            p.skipChildren();
            return;
        }
        String sourceId = header.source().id();
        int i = 0;
        nodes.enter("cases");
        while (p.nextToken() != JsonToken.END_ARRAY) {
            long caseLine = JNodeReader.line(p);
            int index = i++;
            JNode node = nodes.read(p, null, index);
            Case c = decoder.decode(node, index, sourceId);
            if (c == null) {
                continue;
            }
            String path = "cases[" + index + "]";
            if (!recordIds.add(c.sourceRecordId())) {
                errors.add(
                        caseLine, path + ".sourceRecordId", c.sourceRecordId(), "appears more than once in this file");
                continue;
            }
            if (!caseIds.add(c.caseId())) {
                errors.add(caseLine, path + ".caseId", c.caseId(), "appears more than once in this file");
                continue;
            }
            valid++;
            if (handler != null && errors.total() == 0) {
                handler.accept(c, caseLine);
            }
        }
        nodes.exit();
    }

    private static long line(JsonProcessingException e, JsonParser p) {
        if (e != null && e.getLocation() != null) {
            return e.getLocation().getLineNr();
        }
        return JNodeReader.line(p);
    }

    private CaseFileReport report() {
        return new CaseFileReport(file, header, valid, errors.kept(), errors.total());
    }
}
