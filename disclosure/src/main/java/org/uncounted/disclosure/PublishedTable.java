package org.uncounted.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table as it may leave the system, margins included. The grid is extended: for a two-way table
 * with R rows and C columns it has R+1 rows and C+1 columns, the last row holding column totals
 * and the last column row totals; a one-way table has one row of C cells and its total.
 */
public record PublishedTable(
        String name,
        String universe,
        TableKind kind,
        Optional<Dimension> rows,
        Dimension columns,
        List<List<PublishedCell>> grid) {
    public PublishedTable {
        List<List<PublishedCell>> copy = new ArrayList<>();
        int expectedRows = rows.map(d -> d.size() + 1).orElse(1);
        if (grid.size() != expectedRows) {
            throw new InvalidTableException("table " + name + ": grid has " + grid.size() + " rows");
        }
        for (List<PublishedCell> row : grid) {
            if (row.size() != columns.size() + 1) {
                throw new InvalidTableException("table " + name + ": grid row of " + row.size() + " cells");
            }
            copy.add(List.copyOf(row));
        }
        grid = List.copyOf(copy);
    }

    public boolean isTwoWay() {
        return rows.isPresent();
    }

    /** Interior cell (one-way tables: row 0). */
    public PublishedCell cell(int row, int column) {
        return grid.get(row).get(column);
    }

    public PublishedCell grandTotal() {
        return grid.get(grid.size() - 1).get(columns.size());
    }

    public PublishedCell rowTotal(int row) {
        return grid.get(row).get(columns.size());
    }

    public PublishedCell columnTotal(int column) {
        return grid.get(grid.size() - 1).get(column);
    }

    /** Number of suppressed cells, margins included. */
    public long suppressedCount() {
        return grid.stream()
                .flatMap(List::stream)
                .filter(PublishedCell::suppressed)
                .count();
    }

    /** A plain-text rendering for logs and tests (shows only published values). */
    public String render() {
        StringBuilder s = new StringBuilder(name).append('\n');
        for (int r = 0; r < grid.size(); r++) {
            String label = rows.isEmpty()
                    ? ""
                    : r < rows.get().size() ? rows.get().labels().get(r) : "Total";
            s.append(String.format("%-14s", label));
            for (PublishedCell c : grid.get(r)) {
                s.append(String.format("%8s", c));
            }
            s.append('\n');
        }
        return s.toString();
    }
}
