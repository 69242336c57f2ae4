package org.uncounted.formats;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.uncounted.formats.internal.BoundedLineReader;
import org.uncounted.formats.internal.CtdcColumns;
import org.uncounted.formats.internal.CtdcRowDecoder;
import org.uncounted.formats.internal.Encoding;
import org.uncounted.formats.internal.Errors;
import org.uncounted.model.Case;
import org.uncounted.model.Source;
import org.uncounted.model.place.Gazetteer;

/**
 * Reads CTDC-style CSV (docs/formats.md) as coded cases — one case per row, one victim, no
 * identifying data — streaming, with the same error reporting as {@link CaseJsonReader}: every bad
 * cell as {@code file:line: field 'column' value 'v': rule}, at most {@link
 * FormatLimits#MAX_ERRORS} kept, cases handed out only while the file is error-free.
 *
 * <p>CTDC rows have no record id; record {@code n} (1 = first data row) becomes {@code
 * sourceRecordId = "row-n"} and {@code caseId = "<source>-ctdc-n"}, so re-importing the same file
 * updates rather than duplicates. Places: {@code CountryOfExploitation} must be a country in the
 * gazetteer.
 */
public final class CtdcCsvReader {
    private final Gazetteer gazetteer;

    private CtdcCsvReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static CtdcCsvReader standard() {
        return new CtdcCsvReader(Gazetteer.standard());
    }

    public static CtdcCsvReader using(Gazetteer gazetteer) {
        return new CtdcCsvReader(gazetteer);
    }

    /** Reads a file whose rows all come from {@code source}; {@code handler} may be null. */
    public CaseFileReport read(Path file, Source source, CaseHandler handler) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, file.toString(), source, handler);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public CaseFileReport read(InputStream raw, String fileName, Source source, CaseHandler handler) {
        Errors errors = new Errors(fileName);
        CaseFileHeader header = CaseFileHeader.of(source);
        long[] valid = {0};
        try {
            PushbackInputStream in = new PushbackInputStream(raw, 4);
            String problem = Encoding.problem(in);
            if (problem != null) {
                errors.add(0, "", "", problem);
            } else {
                parse(in, fileName, source, handler, errors, header, valid);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
        return new CaseFileReport(fileName, header, valid[0], errors.kept(), errors.total());
    }

    private void parse(
            InputStream in,
            String fileName,
            Source source,
            CaseHandler handler,
            Errors errors,
            CaseFileHeader header,
            long[] valid)
            throws IOException {
        Reader reader = new BoundedLineReader(
                new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                FormatLimits.MAX_FIELD_CHARS);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        long line = 1;
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> columns = parser.getHeaderNames();
            if (columns.isEmpty()) {
                errors.add(0, "", "", "the file contains no CSV header");
                return;
            }
            for (String required : CtdcColumns.REQUIRED) {
                if (!columns.contains(required)) {
                    errors.add(1, required, "", "required CTDC column is missing from the header");
                }
            }
            if (errors.total() > 0) {
                return;
            }
            if (handler != null) {
                handler.header(header);
            }
            CtdcRowDecoder decoder = new CtdcRowDecoder(gazetteer, errors, source);
            Iterator<CSVRecord> it = parser.iterator();
            line = parser.getCurrentLineNumber() + 1;
            while (it.hasNext()) {
                CSVRecord record = it.next();
                if (!record.isConsistent()) {
                    errors.add(
                            line,
                            "",
                            String.valueOf(record.size()),
                            "row has " + record.size() + " cells, the header " + columns.size());
                } else {
                    Map<String, String> row = new HashMap<>(record.toMap());
                    Case c = decoder.decode(row, line, record.getRecordNumber());
                    if (c != null) {
                        valid[0]++;
                        if (handler != null && errors.total() == 0) {
                            handler.accept(c, line);
                        }
                    }
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (BoundedLineReader.LineTooLongException e) {
            errors.add(
                    e.line(),
                    "",
                    "<too long>",
                    "line is longer than the maximum of " + FormatLimits.MAX_FIELD_CHARS + " characters");
        } catch (CharacterCodingException e) {
            errors.add(line, "", "", "invalid UTF-8 byte sequence; the file must be UTF-8");
        } catch (UncheckedIOException | IllegalStateException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof BoundedLineReader.LineTooLongException tooLong) {
                errors.add(
                        tooLong.line(),
                        "",
                        "<too long>",
                        "line is longer than the maximum of " + FormatLimits.MAX_FIELD_CHARS + " characters");
            } else if (cause instanceof CharacterCodingException) {
                errors.add(line, "", "", "invalid UTF-8 byte sequence; the file must be UTF-8");
            } else {
                errors.add(line, "", "", "malformed CSV: " + cause.getMessage());
            }
        }
    }
}
