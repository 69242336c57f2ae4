package org.uncounted.disclosure.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bounds attack on a release: for every suppressed quantity, the smallest and largest value
 * consistent with everything published (all margins of all tables, shared cells linked, values ≥ 0),
 * by linear programming (the bounded-variable simplex of {@link BoundedSimplex}). This is the attack statistical agencies audit against (τ-ARGUS "audit",
 * Hundepool et al., <i>Statistical Disclosure Control</i>, 2012, §5.2); its LP relaxation gives an
 * interval at least as wide as the integer one, and equal to it for a single two-way table with
 * margins (totally unimodular constraints).
 */
public final class IntervalAudit {
    /** Per position, what the adversary knows: lower and upper bound (equal when exact). */
    public interface Knowledge {
        long lower(Grid g, int r, int c);

        /** {@link Long#MAX_VALUE} when unbounded above. */
        long upper(Grid g, int r, int c);
    }

    /** The feasible interval of one suppressed quantity. */
    public record Interval(String group, double lower, double upper) {
        public double width() {
            return upper - lower;
        }
    }

    private IntervalAudit() {}

    /** The group a position belongs to: its key when shared cells are linked, else table-qualified. */
    public static String group(Grid g, int r, int c, boolean link) {
        return link ? g.keys[r][c] : g.name + "#" + g.keys[r][c];
    }

    /**
     * Intervals of every suppressed group, or empty when the knowledge is inconsistent (no table
     * satisfies all published values and margins).
     */
    public static Optional<Map<String, Interval>> run(List<Grid> grids, Knowledge k, boolean link) {
        return run(grids, k, link, g -> true);
    }

    /** As {@link #run(List, Knowledge, boolean)}, computing intervals only for the groups {@code wanted}. */
    public static Optional<Map<String, Interval>> run(
            List<Grid> grids, Knowledge k, boolean link, java.util.function.Predicate<String> wanted) {
        Map<String, long[]> bounds = new LinkedHashMap<>();
        List<String> suppressedGroups = new ArrayList<>();
        for (Grid g : grids) {
            for (int r = 0; r < g.rows; r++) {
                for (int c = 0; c < g.cols; c++) {
                    String id = group(g, r, c, link);
                    long lo = k.lower(g, r, c);
                    long hi = k.upper(g, r, c);
                    long[] b = bounds.computeIfAbsent(id, x -> new long[] {0, Long.MAX_VALUE});
                    b[0] = Math.max(b[0], lo);
                    b[1] = Math.min(b[1], hi);
                    if (g.suppressed[r][c] && !suppressedGroups.contains(id)) {
                        suppressedGroups.add(id);
                    }
                }
            }
        }
        Map<String, Integer> var = new LinkedHashMap<>();
        for (var e : bounds.entrySet()) {
            if (e.getValue()[0] > e.getValue()[1]) {
                return Optional.empty();
            }
            if (e.getValue()[0] != e.getValue()[1]) {
                var.put(e.getKey(), var.size());
            }
        }
        java.util.List<double[]> rows = new ArrayList<>();
        java.util.List<Double> rhsList = new ArrayList<>();
        for (Grid g : grids) {
            for (int[][] line : g.lines()) {
                double[] a = new double[var.size()];
                double rhs = 0;
                boolean any = false;
                for (int[] p : line) {
                    String id = group(g, p[0], p[1], link);
                    Integer v = var.get(id);
                    // every variable is shifted by its lower bound: x = lo + y, y ≥ 0
                    rhs -= p[2] * (double) bounds.get(id)[0];
                    if (v != null) {
                        a[v] += p[2];
                        any = true;
                    }
                }
                if (any) {
                    rows.add(a);
                    rhsList.add(rhs);
                } else if (Math.abs(rhs) > 0.5) {
                    return Optional.empty();
                }
            }
        }
        double[] upper = new double[var.size()];
        for (var e : var.entrySet()) {
            long[] b = bounds.get(e.getKey());
            upper[e.getValue()] = b[1] == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : (double) b[1] - b[0];
        }
        var feasible = BoundedSimplex.feasible(
                rows.toArray(double[][]::new),
                rhsList.stream().mapToDouble(Double::doubleValue).toArray(),
                upper);
        if (feasible.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Interval> out = new LinkedHashMap<>();
        for (String id : suppressedGroups) {
            if (!wanted.test(id)) {
                continue;
            }
            Integer v = var.get(id);
            if (v == null) {
                long exact = bounds.get(id)[0];
                out.put(id, new Interval(id, exact, exact));
                continue;
            }
            double lo = bounds.get(id)[0];
            out.put(
                    id,
                    new Interval(
                            id,
                            lo + feasible.get().optimiseVariable(v, false),
                            lo + feasible.get().optimiseVariable(v, true)));
        }
        return Optional.of(out);
    }
}
