package org.uncounted.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The difference attack, independent of the module's LP: knowing every published value exactly
 * (unrounded), repeatedly solve any table line (row, column, or margin line) with exactly one
 * unknown, and carry each solved quantity to every table showing it. Returns the recovered
 * values by "table[row,col]".
 */
final class LineSolvingAttack {
    private LineSolvingAttack() {}

    static Map<String, Long> recover(PublishedRelease release, boolean linkTables) {
        Map<String, Long> known = new HashMap<>();
        Map<String, Long> recovered = new HashMap<>();
        List<String[][]> keys = new ArrayList<>();
        for (PublishedTable t : release.tables()) {
            String[][] k = keysOf(t, linkTables);
            keys.add(k);
            for (int r = 0; r < k.length; r++) {
                for (int c = 0; c < k[r].length; c++) {
                    if (!t.grid().get(r).get(c).suppressed()) {
                        known.put(k[r][c], t.grid().get(r).get(c).value());
                    }
                }
            }
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int ti = 0; ti < release.tables().size(); ti++) {
                PublishedTable t = release.tables().get(ti);
                String[][] k = keys.get(ti);
                int rows = k.length;
                int cols = k[0].length;
                List<int[][]> lines = new ArrayList<>();
                for (int r = 0; r < rows; r++) {
                    int[][] line = new int[cols][];
                    for (int c = 0; c < cols; c++) {
                        line[c] = new int[] {r, c, c == cols - 1 ? -1 : 1};
                    }
                    lines.add(line);
                }
                if (t.isTwoWay()) {
                    for (int c = 0; c < cols; c++) {
                        int[][] line = new int[rows][];
                        for (int r = 0; r < rows; r++) {
                            line[r] = new int[] {r, c, r == rows - 1 ? -1 : 1};
                        }
                        lines.add(line);
                    }
                }
                for (int[][] line : lines) {
                    int[] unknown = null;
                    int unknowns = 0;
                    long sum = 0;
                    for (int[] p : line) {
                        Long v = known.get(k[p[0]][p[1]]);
                        if (v == null) {
                            unknowns++;
                            unknown = p;
                        } else {
                            sum += p[2] * v;
                        }
                    }
                    if (unknowns == 1) {
                        long value = -sum * unknown[2];
                        known.put(k[unknown[0]][unknown[1]], value);
                        recovered.put(t.name() + "[" + unknown[0] + "," + unknown[1] + "]", value);
                        progress = true;
                    }
                }
            }
        }
        return recovered;
    }

    private static String[][] keysOf(PublishedTable t, boolean link) {
        int rows = t.grid().size();
        int cols = t.columns().size() + 1;
        String[][] k = new String[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                StringBuilder s = new StringBuilder(link ? t.universe() : t.name()).append('|');
                if (t.isTwoWay() && r < rows - 1) {
                    s.append(t.rows().get().name())
                            .append('=')
                            .append(t.rows().get().labels().get(r))
                            .append(';');
                }
                if (c < cols - 1) {
                    s.append(t.columns().name())
                            .append('=')
                            .append(t.columns().labels().get(c))
                            .append(';');
                }
                k[r][c] = s.toString();
            }
        }
        return k;
    }
}
