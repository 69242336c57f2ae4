package org.uncounted.disclosure.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.uncounted.disclosure.CheckReport;
import org.uncounted.disclosure.CheckReport.Rule;
import org.uncounted.disclosure.CheckReport.Violation;
import org.uncounted.disclosure.DisclosurePolicy;
import org.uncounted.disclosure.PublishedRelease;
import org.uncounted.disclosure.PublishedTable;

/**
 * Verifies a release from the outside, as an adversary would read it: only displayed values, each
 * known to lie in its rounding preimage (and ≥ threshold, since smaller ones are suppressed).
 */
public final class ReleaseChecker {
    private ReleaseChecker() {}

    public static CheckReport check(PublishedRelease release, DisclosurePolicy policy) {
        return check(release, policy, true);
    }

    /**
     * @param boundsAttack whether to run the LP bounds attack on the rounded values (the costly
     *     part; {@link org.uncounted.disclosure.DisclosureControl#apply} has already run it on exact
     *     values, a stronger adversary, and skips it here)
     */
    public static CheckReport check(PublishedRelease release, DisclosurePolicy policy, boolean boundsAttack) {
        List<Violation> out = new ArrayList<>();
        List<Grid> grids = new ArrayList<>();
        Map<String, Boolean> suppressedByKey = new HashMap<>();
        int base = policy.roundingBase();
        for (PublishedTable t : release.tables()) {
            Grid g = Grid.ofPublished(t);
            grids.add(g);
            int thr = policy.thresholdFor(t.kind());
            for (int r = 0; r < g.rows; r++) {
                for (int c = 0; c < g.cols; c++) {
                    String where = g.rowLabel(r) + (g.twoWay ? "," : "") + g.colLabel(c);
                    Boolean earlier = suppressedByKey.putIfAbsent(g.keys[r][c], g.suppressed[r][c]);
                    if (earlier != null && earlier != g.suppressed[r][c]) {
                        out.add(new Violation(
                                Rule.INCONSISTENT_SUPPRESSION, t.name(), where, "suppressed in another table"));
                    }
                    if (g.suppressed[r][c]) {
                        continue;
                    }
                    long v = g.values[r][c];
                    if (v > 0 && v < thr) {
                        out.add(new Violation(Rule.BELOW_THRESHOLD, t.name(), where, v + " < " + thr));
                    }
                    if (v % base != 0) {
                        out.add(new Violation(Rule.NOT_ROUNDED, t.name(), where, v + " not a multiple of " + base));
                    }
                }
            }
        }
        if (!out.isEmpty() || !boundsAttack) {
            return new CheckReport(release.releaseId(), out);
        }
        boolean link = !release.noisy();
        var intervals = IntervalAudit.run(grids, new DisplayedKnowledge(policy), link);
        if (intervals.isEmpty()) {
            out.add(new Violation(Rule.MARGIN_MISMATCH, "*", "*", "published values contradict their margins"));
            return new CheckReport(release.releaseId(), out);
        }
        for (IntervalAudit.Interval i : intervals.get().values()) {
            if (i.width() < policy.protectionWidth() - 1e-6) {
                out.add(new Violation(
                        Rule.UNPROTECTED,
                        i.group().contains("#")
                                ? i.group().substring(0, i.group().indexOf('#'))
                                : "*",
                        i.group(),
                        String.format("feasible interval width %.1f < %d", i.width(), policy.protectionWidth())));
            }
        }
        return new CheckReport(release.releaseId(), out);
    }

    private record DisplayedKnowledge(DisclosurePolicy policy) implements IntervalAudit.Knowledge {
        @Override
        public long lower(Grid g, int r, int c) {
            long v = g.values[r][c];
            if (g.suppressed[r][c] || v == 0) {
                return 0;
            }
            return Math.max(policy.thresholdFor(g.kind), Rounding.lowerPreimage(v, policy.roundingBase()));
        }

        @Override
        public long upper(Grid g, int r, int c) {
            if (g.suppressed[r][c]) {
                return Long.MAX_VALUE;
            }
            long v = g.values[r][c];
            return v == 0 ? 0 : Rounding.upperPreimage(v, policy.roundingBase());
        }
    }
}
