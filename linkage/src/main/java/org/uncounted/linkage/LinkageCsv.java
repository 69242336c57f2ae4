package org.uncounted.linkage;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads linkage input: CSV files with a header row and a {@code record_id} column (also accepted:
 * {@code rec_id}, {@code id}); the {@code source} column names the source, or else the file name
 * does (one file per source). Header names are trimmed and lower-cased; values are trimmed.
 */
public final class LinkageCsv {
    private LinkageCsv() {}

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();

    /** Records of one file. */
    public static List<LinkRecord> read(Path file) {
        String fileSource = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVParser.parse(in, FORMAT)) {
            List<String> header = new ArrayList<>();
            for (String h : p.getHeaderNames())
                header.add(h.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace('\uFEFF', ' ')
                        .strip());
            int idCol = indexOf(header, "record_id", "rec_id", "id");
            if (idCol < 0) {
                throw new InvalidLinkageInputException(file.getFileName() + ": no record_id column in the header");
            }
            int srcCol = header.indexOf("source");
            List<LinkRecord> out = new ArrayList<>();
            for (CSVRecord r : p) {
                if (r.size() <= idCol) {
                    throw new InvalidLinkageInputException(
                            file.getFileName() + " line " + r.getRecordNumber() + ": missing record_id");
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(r.size(), header.size()); i++) {
                    if (i != idCol && i != srcCol && !r.get(i).isEmpty()) fields.put(header.get(i), r.get(i));
                }
                String src = srcCol >= 0 && srcCol < r.size() && !r.get(srcCol).isEmpty() ? r.get(srcCol) : fileSource;
                out.add(new LinkRecord(r.get(idCol), src, fields));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A truth or clusters file: {@code record_id,person_id}. */
    public static Map<String, String> readTruth(Path file) {
        Map<String, String> out = new HashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVParser.parse(in, FORMAT)) {
            List<String> header = p.getHeaderNames().stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            int id = indexOf(header, "record_id", "rec_id", "id"), person = indexOf(header, "person_id", "cluster");
            if (id < 0 || person < 0) {
                throw new InvalidLinkageInputException(file.getFileName() + ": need record_id and person_id columns");
            }
            for (CSVRecord r : p) out.put(r.get(id), r.get(person));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stored review decisions: {@code record_id_a,record_id_b,decision}. */
    public static List<Decision> readDecisions(Path file) {
        List<Decision> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVParser.parse(in, FORMAT)) {
            List<String> header = p.getHeaderNames().stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            int a = header.indexOf("record_id_a"), b = header.indexOf("record_id_b"), d = header.indexOf("decision");
            if (a < 0 || b < 0 || d < 0) {
                throw new InvalidLinkageInputException(
                        file.getFileName() + ": need record_id_a, record_id_b and decision columns");
            }
            for (CSVRecord r : p) {
                String where = file.getFileName() + " line " + r.getRecordNumber();
                out.add(new Decision(r.get(a), r.get(b), Decision.parseDecision(r.get(d), where)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(List<String> header, String... names) {
        for (String n : names) if (header.contains(n)) return header.indexOf(n);
        return -1;
    }
}
