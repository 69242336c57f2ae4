package org.uncounted.disclosure.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uncounted.disclosure.DisclosurePolicy;
import org.uncounted.disclosure.SuppressedCell;
import org.uncounted.disclosure.UnprotectableReleaseException;

/**
 * Primary and complementary cell suppression over all tables of a release.
 *
 * <ol>
 *   <li>Primary: every position (interior or margin) whose value v, or v rounded, is in
 *       [1, threshold − 1] (and zeros when the policy says so).
 *   <li>Shared: a quantity suppressed in one table is suppressed in every table that shows it.
 *   <li>Complementary, hypercube-style: while the {@link IntervalAudit} finds a suppressed
 *       quantity whose feasible interval is narrower than the protection width, hide the cheapest
 *       alternating cycle through it (a rectangle in a two-way table with margins, a pair in a
 *       one-way table) whose capacity reaches the width, or the widest one if none does.
 * </ol>
 *
 * Each round adds at least one suppression, so the loop ends; if no cycle can add one while a
 * cell is still unprotected, the release is refused ({@link UnprotectableReleaseException}).
 */
public final class SuppressionPlanner {
    private final List<Grid> grids;
    private final DisclosurePolicy policy;
    private final boolean link;
    private final Map<String, SuppressedCell> record = new LinkedHashMap<>();
    private final java.util.Set<String> protectedGroups = new java.util.HashSet<>();

    public SuppressionPlanner(List<Grid> grids, DisclosurePolicy policy, boolean linkSharedCells) {
        this.grids = grids;
        this.policy = policy;
        this.link = linkSharedCells;
    }

    /** Suppresses in place and returns what was suppressed and why, in table order. */
    public List<SuppressedCell> plan() {
        for (Grid g : grids) {
            int thr = policy.thresholdFor(g.kind);
            for (int r = 0; r < g.rows; r++) {
                for (int c = 0; c < g.cols; c++) {
                    long v = g.values[r][c];
                    long shown = Rounding.round(v, policy.roundingBase());
                    boolean small = (v > 0 && v < thr) || (shown > 0 && shown < thr);
                    if (small || (v == 0 && policy.suppressZeros())) {
                        suppress(g, r, c, SuppressedCell.Reason.PRIMARY);
                    }
                }
            }
        }
        propagate();
        while (true) {
            List<IntervalAudit.Interval> weak = unprotected();
            if (weak.isEmpty()) {
                break;
            }
            boolean progressed = false;
            for (IntervalAudit.Interval w : weak) {
                if (protect(w.group())) {
                    progressed = true;
                    break;
                }
            }
            if (!progressed) {
                throw new UnprotectableReleaseException(
                        "cannot protect " + weak.size() + " suppressed cell(s) to width " + policy.protectionWidth()
                                + ", e.g. " + weak.get(0).group());
            }
            propagate();
        }
        return new ArrayList<>(record.values());
    }

    /**
     * Suppressed groups whose interval is still too narrow. Hiding more cells only removes
     * constraints, so intervals only widen: a group found protected once is not audited again.
     */
    private List<IntervalAudit.Interval> unprotected() {
        var intervals = IntervalAudit.run(grids, new ExactKnowledge(), link, g -> !protectedGroups.contains(g))
                .orElseThrow(() -> new IllegalStateException("the unrounded release violates its own margins"));
        intervals.values().stream()
                .filter(i -> i.width() >= policy.protectionWidth() - 1e-6)
                .forEach(i -> protectedGroups.add(i.group()));
        return intervals.values().stream()
                .filter(i -> i.width() < policy.protectionWidth() - 1e-6)
                .sorted(Comparator.comparingDouble(IntervalAudit.Interval::width)
                        .thenComparing(IntervalAudit.Interval::group))
                .toList();
    }

    /**
     * Hides a cycle through the group in every table where, taken alone, it pins the group to an
     * interval narrower than the width (a shared margin must be unpinned in each table showing it);
     * if no single table pins it, the narrowness comes from tables combined, and a cycle is hidden
     * in the first table that still has one.
     */
    private boolean protect(String group) {
        boolean progressed = false;
        for (Grid g : grids) {
            int[] at = find(g, group);
            if (at == null) {
                continue;
            }
            var alone = IntervalAudit.run(List.of(g), new ExactKnowledge(), link)
                    .orElseThrow(() -> new IllegalStateException("table " + g.name + " violates its margins"));
            if (alone.get(group).width() < policy.protectionWidth() - 1e-6) {
                progressed |= hideCycle(g, at);
            }
        }
        if (!progressed) {
            for (Grid g : grids) {
                int[] at = find(g, group);
                if (at != null && hideCycle(g, at)) {
                    return true;
                }
            }
        }
        return progressed;
    }

    private int[] find(Grid g, String group) {
        for (int r = 0; r < g.rows; r++) {
            for (int c = 0; c < g.cols; c++) {
                if (g.suppressed[r][c] && IntervalAudit.group(g, r, c, link).equals(group)) {
                    return new int[] {r, c};
                }
            }
        }
        return null;
    }

    private boolean hideCycle(Grid g, int[] at) {
        int[][] cycle = new CycleChooser(g, policy.protectionWidth()).best(at[0], at[1]);
        if (cycle == null) {
            return false;
        }
        for (int[] p : cycle) {
            suppress(g, p[0], p[1], SuppressedCell.Reason.COMPLEMENTARY);
        }
        return true;
    }

    private void propagate() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Grid g : grids) {
                for (int r = 0; r < g.rows; r++) {
                    for (int c = 0; c < g.cols; c++) {
                        if (g.suppressed[r][c]) {
                            changed |= suppressEverywhere(g.keys[r][c]);
                        }
                    }
                }
            }
        }
    }

    private boolean suppressEverywhere(String key) {
        boolean changed = false;
        for (Grid g : grids) {
            for (int r = 0; r < g.rows; r++) {
                for (int c = 0; c < g.cols; c++) {
                    if (!g.suppressed[r][c] && g.keys[r][c].equals(key)) {
                        suppress(g, r, c, SuppressedCell.Reason.SHARED);
                        changed = true;
                    }
                }
            }
        }
        return changed;
    }

    private void suppress(Grid g, int r, int c, SuppressedCell.Reason reason) {
        if (!g.suppressed[r][c]) {
            g.suppressed[r][c] = true;
            record.put(
                    g.name + "\u0000" + r + "," + c, new SuppressedCell(g.name, g.rowLabel(r), g.colLabel(c), reason));
        }
    }

    /** The planner's adversary knows every published value exactly (stronger than after rounding). */
    private static final class ExactKnowledge implements IntervalAudit.Knowledge {
        @Override
        public long lower(Grid g, int r, int c) {
            return g.suppressed[r][c] ? 0 : g.values[r][c];
        }

        @Override
        public long upper(Grid g, int r, int c) {
            return g.suppressed[r][c] ? Long.MAX_VALUE : g.values[r][c];
        }
    }
}
