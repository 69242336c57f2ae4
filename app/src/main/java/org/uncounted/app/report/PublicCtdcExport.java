package org.uncounted.app.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.uncounted.app.analysis.StoredCases;
import org.uncounted.disclosure.Generalisation;
import org.uncounted.disclosure.KAnonymisedData;
import org.uncounted.disclosure.KAnonymiser;
import org.uncounted.disclosure.Microdata;
import org.uncounted.formats.CtdcCsvWriter;
import org.uncounted.model.place.Gazetteer;

/**
 * The CTDC-style CSV that may leave the organisation: one row per victim of the cases whose consent
 * allows statistical use, made k-anonymous ({@link KAnonymiser}, Datafly) over the columns an outsider
 * could know about a woman — registration year, data source, gender, age band, majority status,
 * citizenship, country of exploitation, form of exploitation, abduction, recruiter relationship.
 * Years coarsen to five-year periods and age bands to 0–17 / 18–29 / 30+ before a column is withheld
 * ({@code -99}); withholding the form of exploitation withholds its flags too. Means of control are
 * released as recorded: they are what the data are for, and an outsider does not know them.
 */
public final class PublicCtdcExport {
    /** Default k: CTDC publishes its global dataset with k = 11 (documentation-anchors.md §4.2). */
    public static final int DEFAULT_K = 11;

    private static final String MISSING = "-99";

    private PublicCtdcExport() {}

    /**
     * What was written.
     *
     * @param releaseId names the content ("ctdc-" and the start of its SHA-256)
     * @param caseIds store ids of the cases the release drew on (for consent withdrawal tracking)
     */
    public record Result(KAnonymisedData data, String releaseId, List<Long> caseIds, long excludedForConsent) {}

    /** Writes the k-anonymous CSV of {@code source} (every source if null) to {@code out}. */
    public static Result write(StoredCases stored, String source, int k, OutputStream out) {
        Map<String, ByteArrayOutputStream> bySource = new LinkedHashMap<>();
        Map<String, CtdcCsvWriter> writers = new LinkedHashMap<>();
        List<Long> caseIds = new ArrayList<>();
        for (StoredCases.SourcedCase c : stored.cases()) {
            if (source != null && !source.equals(c.source())) {
                continue;
            }
            CtdcCsvWriter w = writers.computeIfAbsent(
                    c.source(),
                    s -> CtdcCsvWriter.open(
                            bySource.computeIfAbsent(s, x -> new ByteArrayOutputStream()),
                            stored.descriptors().get(s),
                            Gazetteer.standard()));
            w.write(c.value());
            caseIds.add(c.storeId());
        }
        writers.values().forEach(CtdcCsvWriter::close);
        Microdata rows = microdata(bySource.values());
        KAnonymisedData released = KAnonymiser.of(k).apply(rows, quasiIdentifiers(rows.columns()));
        byte[] csv = csv(released.data());
        try {
            out.write(csv);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String id = "ctdc-" + HexFormat.of().formatHex(sha256(csv)).substring(0, 16);
        return new Result(released, id, List.copyOf(caseIds), stored.excludedForConsent());
    }

    /** The quasi-identifiers among {@code columns} with their coarsenings and dependent columns. */
    static List<Generalisation> quasiIdentifiers(List<String> columns) {
        List<String> typeFlags = columns.stream()
                .filter(c -> (c.startsWith("is") && !c.equals("isAbduction"))
                        || c.startsWith("typeOfSex")
                        || c.startsWith("typeOfLabour"))
                .toList();
        List<String> relations =
                columns.stream().filter(c -> c.startsWith("recruiterRelation")).toList();
        List<Generalisation> qis = new ArrayList<>();
        qis.add(new Generalisation("yearOfRegistration", List.of(PublicCtdcExport::fiveYears), List.of()));
        qis.add(Generalisation.withholdOnly("Datasource"));
        qis.add(Generalisation.withholdOnly("gender"));
        qis.add(new Generalisation("ageBroad", List.of(PublicCtdcExport::broadAge), List.of()));
        qis.add(Generalisation.withholdOnly("majorityStatus"));
        qis.add(Generalisation.withholdOnly("majorityStatusAtExploit"));
        qis.add(Generalisation.withholdOnly("majorityEntry"));
        qis.add(Generalisation.withholdOnly("citizenship"));
        qis.add(Generalisation.withholdOnly("CountryOfExploitation"));
        qis.add(new Generalisation("typeOfExploitConcatenated", List.of(), typeFlags));
        qis.add(Generalisation.withholdOnly("isAbduction"));
        qis.add(new Generalisation("RecruiterRelationship", List.of(), relations));
        return qis.stream().filter(g -> columns.contains(g.column())).toList();
    }

    static String fiveYears(String year) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900) {
                return MISSING;
            }
            int from = y - Math.floorMod(y, 5);
            return from + "--" + (from + 4);
        } catch (NumberFormatException e) {
            return MISSING;
        }
    }

    private static final UnaryOperator<String> AGE = band -> switch (band) {
        case "0--8", "9--17" -> "0--17";
        case "18--20", "21--23", "24--26", "27--29" -> "18--29";
        case "30--38", "39--47", "48+" -> "30+";
        default -> MISSING;
    };

    static String broadAge(String band) {
        return AGE.apply(band);
    }

    private static Microdata microdata(Iterable<ByteArrayOutputStream> files) {
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        for (ByteArrayOutputStream f : files) {
            try {
                var parsed = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new StringReader(f.toString(StandardCharsets.UTF_8)));
                if (header == null) {
                    header = List.copyOf(parsed.getHeaderNames());
                }
                for (CSVRecord r : parsed) {
                    rows.add(r.toList());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Microdata(header == null ? List.of() : header, rows);
    }

    private static byte[] csv(Microdata data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter p = new CSVPrinter(
                new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            p.printRecord(data.columns());
            for (List<String> r : data.rows()) {
                p.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
