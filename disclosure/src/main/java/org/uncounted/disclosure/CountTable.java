package org.uncounted.disclosure;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A one- or two-way table of person counts, before disclosure control. Margins (row, column and
 * grand totals) are not given: they are derived from the interior and always published or
 * suppressed together with it, so a reader can never find an unprotected margin elsewhere.
 *
 * <p>All tables of a release with the same {@code universe} count the same persons: their grand
 * totals are one quantity, and a margin over a dimension is the same quantity wherever that
 * dimension appears (see {@link Dimension}). Each person must contribute to at most one interior
 * cell of a table (unit of privacy = one survivor after linkage).
 *
 * @param rows the row dimension, or empty for a one-way table
 * @param counts interior counts, {@code [rows][columns]} (one row for a one-way table), each ≥ 0
 */
public record CountTable(
        String name, String universe, TableKind kind, Optional<Dimension> rows, Dimension columns, long[][] counts) {
    public CountTable {
        if (name == null || name.isBlank()) {
            throw new InvalidTableException("table name must be non-blank");
        }
        if (universe == null || universe.isBlank()) {
            throw new InvalidTableException("table " + name + ": universe must be non-blank");
        }
        if (rows.isPresent() && rows.get().name().equals(columns.name())) {
            throw new InvalidTableException("table " + name + ": rows and columns use the same dimension");
        }
        int r = rows.map(Dimension::size).orElse(1);
        if (counts.length != r) {
            throw new InvalidTableException("table " + name + ": " + counts.length + " rows of counts, expected " + r);
        }
        long[][] copy = new long[r][];
        for (int i = 0; i < r; i++) {
            if (counts[i].length != columns.size()) {
                throw new InvalidTableException("table " + name + " row " + i + ": " + counts[i].length
                        + " counts, expected " + columns.size());
            }
            for (long c : counts[i]) {
                if (c < 0) {
                    throw new InvalidTableException("table " + name + " row " + i + ": negative count " + c);
                }
            }
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    /** A one-way table over {@code columns}. */
    public static CountTable oneWay(String name, Dimension columns, long... counts) {
        return new CountTable(name, "persons", TableKind.FREQUENCY, Optional.empty(), columns, new long[][] {counts});
    }

    /** A two-way table, {@code counts[row][column]}. */
    public static CountTable twoWay(String name, Dimension rows, Dimension columns, long[][] counts) {
        return new CountTable(name, "persons", TableKind.FREQUENCY, Optional.of(rows), columns, counts);
    }

    /**
     * A capture-history table: one cell per observed pattern over the given lists (e.g. "101" = on
     * lists 1 and 3, not 2). The unobserved pattern "000" is never a cell.
     */
    public static CountTable captureHistories(String name, List<String> lists, Map<String, Long> countsByPattern) {
        int k = lists.size();
        if (k < 2 || k > 12) {
            throw new InvalidTableException("capture histories need 2..12 lists, got " + k);
        }
        String[] labels = new String[(1 << k) - 1];
        long[] counts = new long[labels.length];
        for (int p = 1; p < (1 << k); p++) {
            StringBuilder s = new StringBuilder();
            for (int j = 0; j < k; j++) {
                s.append((p >> (k - 1 - j) & 1) == 1 ? '1' : '0');
            }
            labels[p - 1] = s.toString();
            counts[p - 1] = countsByPattern.getOrDefault(labels[p - 1], 0L);
        }
        for (String pattern : countsByPattern.keySet()) {
            if (pattern.length() != k || !pattern.matches("[01]+") || pattern.indexOf('1') < 0) {
                throw new InvalidTableException("table " + name + ": bad capture pattern " + pattern);
            }
        }
        return new CountTable(
                name,
                "persons",
                TableKind.CAPTURE_HISTORY,
                Optional.empty(),
                new Dimension("capture_pattern[" + String.join(",", lists) + "]", List.of(labels)),
                new long[][] {counts});
    }

    /** The same table counting another universe (population) than the default {@code persons}. */
    public CountTable inUniverse(String otherUniverse) {
        return new CountTable(name, otherUniverse, kind, rows, columns, counts);
    }

    public int rowCount() {
        return counts.length;
    }

    public long count(int row, int column) {
        return counts[row][column];
    }

    @Override
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountTable t
                && name.equals(t.name)
                && universe.equals(t.universe)
                && kind == t.kind
                && rows.equals(t.rows)
                && columns.equals(t.columns)
                && Arrays.deepEquals(counts, t.counts);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.deepHashCode(counts);
    }

    /** Prints shape only: counts of persons are not for logs. */
    @Override
    public String toString() {
        return "CountTable[" + name + ", " + rowCount() + "x" + columns.size() + ", " + kind + "]";
    }
}
