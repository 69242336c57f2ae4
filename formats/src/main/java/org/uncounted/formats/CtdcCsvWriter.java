package org.uncounted.formats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.uncounted.formats.internal.CtdcColumns;
import org.uncounted.formats.internal.CtdcRowEncoder;
import org.uncounted.model.Case;
import org.uncounted.model.Source;
import org.uncounted.model.place.Gazetteer;

/**
 * Writes cases as CTDC-style CSV (the columns of the published CTDC global dataset, docs/formats.md):
 * one row per victim, coded values only, {@code -99} for missing, {@code \n} line ends, UTF-8.
 *
 * <p>The rows carry no identifying text, but they are record-level: apply the disclosure module's
 * k-anonymity checks before anything leaves the organisation (CTDC itself publishes k = 11).
 */
public final class CtdcCsvWriter implements AutoCloseable {
    private final CSVPrinter printer;
    private final CtdcRowEncoder encoder;
    private final Source source;
    private long rows;

    private CtdcCsvWriter(Writer out, Source source, Gazetteer gazetteer) throws IOException {
        this.printer = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        this.encoder = new CtdcRowEncoder(gazetteer);
        this.source = source;
        printer.printRecord(CtdcColumns.ALL);
    }

    /** Starts a CSV file at {@code path} for cases of {@code source}, places resolved by the standard gazetteer. */
    public static CtdcCsvWriter open(Path path, Source source) {
        try {
            return new CtdcCsvWriter(
                    Files.newBufferedWriter(path, StandardCharsets.UTF_8), source, Gazetteer.standard());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /** Starts a CSV on {@code out} (closed with this writer). */
    public static CtdcCsvWriter open(OutputStream out, Source source, Gazetteer gazetteer) {
        try {
            return new CtdcCsvWriter(
                    new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), source, gazetteer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends one row per victim of the case; returns how many. */
    public int write(Case c) {
        try {
            int n = 0;
            for (Map<String, String> row : encoder.rows(c, source)) {
                for (String column : CtdcColumns.ALL) {
                    printer.print(row.get(column));
                }
                printer.println();
                n++;
            }
            rows += n;
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
