package org.uncounted.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Record-level data about to leave the system (e.g. a CTDC-style CSV): named columns and rows of coded
 * values. It holds no identifying text — only codes — but a rare combination of codes can still single
 * a person out, which is what {@link KAnonymiser} prevents.
 *
 * @param columns column names, unique
 * @param rows one list of values per record, each as long as {@code columns}
 */
public record Microdata(List<String> columns, List<List<String>> rows) {
    public Microdata {
        columns = List.copyOf(columns);
        if (columns.stream().distinct().count() != columns.size()) {
            throw new InvalidTableException("microdata: column names must be unique");
        }
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new InvalidTableException("microdata: row " + (i + 1) + " has "
                        + rows.get(i).size() + " values; the header has " + columns.size());
            }
            copy.add(List.copyOf(rows.get(i)));
        }
        rows = List.copyOf(copy);
    }

    /** Index of a column. @throws InvalidTableException if there is none */
    public int column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new InvalidTableException("microdata: no column '" + name + "'");
        }
        return i;
    }

    /**
     * Size of the smallest equivalence class over the quasi-identifiers (records sharing all their
     * values); 0 for an empty table. The data are k-anonymous for every k up to this number.
     */
    public int smallestClass(List<String> quasiIdentifiers) {
        Map<List<String>, Integer> classes = classes(quasiIdentifiers);
        return classes.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    Map<List<String>, Integer> classes(List<String> quasiIdentifiers) {
        int[] idx = quasiIdentifiers.stream().mapToInt(this::column).toArray();
        Map<List<String>, Integer> classes = new HashMap<>();
        for (List<String> r : rows) {
            classes.merge(key(r, idx), 1, Integer::sum);
        }
        return classes;
    }

    static List<String> key(List<String> row, int[] idx) {
        String[] k = new String[idx.length];
        for (int j = 0; j < idx.length; j++) {
            k[j] = row.get(idx[j]);
        }
        return List.of(k);
    }
}
