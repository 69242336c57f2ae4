package org.uncounted.disclosure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.uncounted.disclosure.CountTable;
import org.uncounted.disclosure.Dimension;
import org.uncounted.disclosure.PublishedCell;
import org.uncounted.disclosure.PublishedTable;
import org.uncounted.disclosure.TableKind;

/**
 * One table during disclosure control, as an extended grid with its margins: R+1 × C+1 for a
 * two-way table (last row = column totals, last column = row totals), 1 × C+1 for a one-way table.
 * Each position has a key naming the quantity it counts ({@code universe|dim=label;dim=label}),
 * so that cells of different tables that count the same persons are recognised as one.
 *
 * <p>Every line (row or column of the extended grid) satisfies Σ interior − total = 0; with the
 * sign of single-margin positions flipped ({@link #sign}) every line sums to zero, which is what
 * makes alternating cycles (rectangles) preserve all margins.
 */
public final class Grid {
    final String name;
    final TableKind kind;
    final boolean twoWay;
    final int rows;
    final int cols;
    final long[][] values;
    final boolean[][] suppressed;
    final String[][] keys;
    final List<String> rowLabels;
    final List<String> colLabels;
    private final Dimension rowDim;
    private final Dimension colDim;

    Grid(String name, String universe, TableKind kind, Dimension rowDim, Dimension colDim, long[][] interior) {
        this.name = name;
        this.kind = kind;
        this.twoWay = rowDim != null;
        int r = interior.length;
        int c = colDim.size();
        this.rows = twoWay ? r + 1 : 1;
        this.cols = c + 1;
        this.values = new long[rows][cols];
        this.suppressed = new boolean[rows][cols];
        this.keys = new String[rows][cols];
        this.rowLabels = twoWay ? rowDim.labels() : List.of("");
        this.colLabels = colDim.labels();
        this.rowDim = rowDim;
        this.colDim = colDim;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                values[i][j] = interior[i][j];
                values[i][c] += interior[i][j];
                if (twoWay) {
                    values[r][j] += interior[i][j];
                    values[r][c] += interior[i][j];
                }
            }
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                StringBuilder k = new StringBuilder(universe).append('|');
                boolean rowMargin = !twoWay || i == rows - 1;
                boolean colMargin = j == cols - 1;
                if (!rowMargin) {
                    k.append(rowDim.name())
                            .append('=')
                            .append(rowDim.labels().get(i))
                            .append(';');
                }
                if (!colMargin) {
                    k.append(colDim.name())
                            .append('=')
                            .append(colDim.labels().get(j))
                            .append(';');
                }
                keys[i][j] = k.toString();
            }
        }
    }

    public static Grid of(CountTable t, long[][] interior) {
        return new Grid(t.name(), t.universe(), t.kind(), t.rows().orElse(null), t.columns(), interior);
    }

    /** A published table as the adversary sees it: displayed values, suppressed flags. */
    public static Grid ofPublished(PublishedTable t) {
        int r = t.rows().map(Dimension::size).orElse(1);
        Grid g = new Grid(
                t.name(),
                t.universe(),
                t.kind(),
                t.rows().orElse(null),
                t.columns(),
                new long[r][t.columns().size()]);
        for (int i = 0; i < g.rows; i++) {
            for (int j = 0; j < g.cols; j++) {
                PublishedCell cell = t.grid().get(i).get(j);
                g.suppressed[i][j] = cell.suppressed();
                g.values[i][j] = cell.value();
            }
        }
        return g;
    }

    /** The table to publish: suppressed cells hidden, the others rounded. */
    public PublishedTable toPublished(String universe, int roundingBase) {
        List<List<PublishedCell>> grid = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<PublishedCell> row = new ArrayList<>();
            for (int j = 0; j < cols; j++) {
                row.add(
                        suppressed[i][j]
                                ? PublishedCell.suppressedCell()
                                : PublishedCell.of(Rounding.round(values[i][j], roundingBase)));
            }
            grid.add(row);
        }
        return new PublishedTable(name, universe, kind, Optional.ofNullable(rowDim), colDim, grid);
    }

    boolean isInterior(int r, int c) {
        return c < cols - 1 && (!twoWay || r < rows - 1);
    }

    /** +1 for interior cells and the grand total, −1 for single margins (row or column totals). */
    int sign(int r, int c) {
        if (!twoWay) {
            return c == cols - 1 ? -1 : 1;
        }
        boolean lastRow = r == rows - 1;
        boolean lastCol = c == cols - 1;
        return lastRow ^ lastCol ? -1 : 1;
    }

    /** The lines of the grid: each a list of {row, col, coefficient} with Σ coef·x = 0. */
    List<int[][]> lines() {
        List<int[][]> lines = new ArrayList<>();
        int interiorRows = twoWay ? rows - 1 : 1;
        for (int i = 0; i < rows; i++) {
            int[][] line = new int[cols][];
            for (int j = 0; j < cols; j++) {
                line[j] = new int[] {i, j, j == cols - 1 ? -1 : 1};
            }
            lines.add(line);
        }
        if (twoWay) {
            for (int j = 0; j < cols; j++) {
                int[][] line = new int[rows][];
                for (int i = 0; i < rows; i++) {
                    line[i] = new int[] {i, j, i == interiorRows ? -1 : 1};
                }
                lines.add(line);
            }
        }
        return lines;
    }

    String rowLabel(int r) {
        return !twoWay ? "" : r == rows - 1 ? "Total" : rowLabels.get(r);
    }

    String colLabel(int c) {
        return c == cols - 1 ? "Total" : colLabels.get(c);
    }

    String describe(int r, int c) {
        return name + "[" + rowLabel(r) + (twoWay ? "," : "") + colLabel(c) + "]";
    }
}
