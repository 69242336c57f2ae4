package org.uncounted.estimation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads capture-history tables from CSV: a header, one 0/1 column per list, a {@code count} column and
 * optionally a strata column; one row per observed pattern (omitted patterns are zero cells).
 *
 * <p>Every error names the file, line, column, value and rule ({@link InvalidCaptureHistoryException}).
 * Plain comma-separated values; surrounding double quotes and blanks around fields are ignored.
 */
public final class CaptureHistoryCsv {
    private CaptureHistoryCsv() {}

    /** Reads a table without strata. */
    public static CaptureHistories read(Path file) {
        return read(file, null).total();
    }

    /**
     * Reads a table, split by {@code strataColumn} when it is not null: each stratum is a table of its own
     * and {@link StratifiedCaptureHistories#total()} sums them.
     *
     * @throws InvalidCaptureHistoryException for malformed content
     * @throws UncheckedIOException if the file cannot be read
     */
    public static StratifiedCaptureHistories read(Path file, String strataColumn) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return parse(file.getFileName().toString(), lines, strataColumn);
    }

    /** Parses CSV lines; {@code source} names the input in messages. */
    public static StratifiedCaptureHistories parse(String source, List<String> lines, String strataColumn) {
        int headerLine = 0;
        while (headerLine < lines.size() && lines.get(headerLine).isBlank()) headerLine++;
        if (headerLine == lines.size()) throw new InvalidCaptureHistoryException(source + ": empty file");
        String[] header = split(lines.get(headerLine));
        int countCol = -1;
        int strataCol = -1;
        List<Integer> listCols = new ArrayList<>();
        List<String> listNames = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String h = header[i];
            if (h.toLowerCase(Locale.ROOT).equals("count")) countCol = i;
            else if (strataColumn != null && h.equals(strataColumn)) strataCol = i;
            else {
                listCols.add(i);
                listNames.add(h);
            }
        }
        if (countCol < 0) {
            throw new InvalidCaptureHistoryException(source + ", line " + (headerLine + 1)
                    + ": no 'count' column in header " + String.join(",", header));
        }
        if (strataColumn != null && strataCol < 0) {
            throw new InvalidCaptureHistoryException(source + ", line " + (headerLine + 1) + ": strata column '"
                    + strataColumn + "' not in header " + String.join(",", header));
        }
        Map<String, CaptureHistories.Builder> builders = new LinkedHashMap<>();
        long[] total = new long[1 << Math.min(listNames.size(), CaptureHistories.MAX_LISTS)];
        CaptureHistories.builder(source, listNames); // validates the list count before any row
        for (int ln = headerLine + 1; ln < lines.size(); ln++) {
            if (lines.get(ln).isBlank()) continue;
            String where = "line " + (ln + 1);
            String[] f = split(lines.get(ln));
            if (f.length != header.length) {
                throw new InvalidCaptureHistoryException(
                        source + ", " + where + ": " + f.length + " fields; the header has " + header.length);
            }
            StringBuilder pattern = new StringBuilder();
            for (int k = 0; k < listCols.size(); k++) {
                String v = f[listCols.get(k)];
                if (!v.equals("0") && !v.equals("1")) {
                    throw new InvalidCaptureHistoryException(source + ", " + where + ", column '" + listNames.get(k)
                            + "': value '" + v + "'; list columns must be 0 or 1");
                }
                pattern.append(v);
            }
            long count = parseCount(f[countCol], source + ", " + where);
            String stratum = strataCol < 0 ? "" : f[strataCol];
            builders.computeIfAbsent(stratum, s -> CaptureHistories.builder(source + stratumLabel(s), listNames))
                    .add(pattern.toString(), count, where);
            int mask = Integer.parseInt(pattern.reverse().toString(), 2);
            total[mask] += count;
        }
        if (builders.isEmpty()) throw new InvalidCaptureHistoryException(source + ": no data rows after the header");
        Map<String, CaptureHistories> strata = new LinkedHashMap<>();
        if (strataCol >= 0) builders.forEach((k, b) -> strata.put(k, b.build()));
        CaptureHistories all = CaptureHistories.ofCells(source, listNames, total);
        all.requireEstimable();
        return new StratifiedCaptureHistories(all, strata);
    }

    private static String stratumLabel(String s) {
        return s.isEmpty() ? "" : " [stratum " + s + "]";
    }

    private static long parseCount(String v, String where) {
        try {
            long c = Long.parseLong(v);
            if (c < 0) {
                throw new InvalidCaptureHistoryException(
                        where + ", column 'count': value " + v + "; counts must be non-negative integers");
            }
            return c;
        } catch (NumberFormatException e) {
            String rule;
            try {
                double d = Double.parseDouble(v);
                rule = d == Math.rint(d) && d >= 0 ? null : d < 0 ? "must be non-negative" : "must be a whole number";
                if (rule == null) return (long) d;
            } catch (NumberFormatException e2) {
                rule = "must be a non-negative integer";
            }
            throw new InvalidCaptureHistoryException(where + ", column 'count': value '" + v + "'; counts " + rule);
        }
    }

    private static String[] split(String line) {
        String[] parts = line.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.length() >= 2 && p.startsWith("\"") && p.endsWith("\"")) p = p.substring(1, p.length() - 1);
            parts[i] = p;
        }
        return parts;
    }
}
