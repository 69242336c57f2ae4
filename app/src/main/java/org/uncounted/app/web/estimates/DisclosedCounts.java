package org.uncounted.app.web.estimates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uncounted.disclosure.CountTable;
import org.uncounted.disclosure.Dimension;
import org.uncounted.disclosure.DisclosureAuditSink;
import org.uncounted.disclosure.DisclosureControl;
import org.uncounted.disclosure.DisclosurePolicy;
import org.uncounted.disclosure.InMemoryBudgetLedger;
import org.uncounted.disclosure.PublishedRelease;
import org.uncounted.disclosure.PublishedTable;
import org.uncounted.disclosure.Release;

/**
 * Count tables the web application shows to roles that may not read identifying content, passed
 * together through the disclosure module ({@link DisclosurePolicy#DEFAULT}: threshold 11, rounding to
 * base 5, complementary suppression) before they leave the system. Tables of one release that count
 * the same persons share a universe (and so a grand total); unrelated tables get distinct universes.
 * A published cell is its rounded value, or {@code null} when it is suppressed.
 */
public final class DisclosedCounts {
    /** Published counts are 0 or at least this. */
    public static final int THRESHOLD = DisclosurePolicy.DEFAULT.threshold();

    /** Key of a table's published grand total among its cells (no label uses it). */
    public static final String TOTAL = "*total*";

    private final List<CountTable> tables = new ArrayList<>();
    private final Map<String, List<String>> labels = new LinkedHashMap<>();

    /** Adds a one-way table of the non-empty {@code counts} (label → count) counting {@code universe}. */
    public DisclosedCounts oneWay(String name, String universe, Map<String, Long> counts) {
        if (!counts.isEmpty()) {
            List<String> l = List.copyOf(counts.keySet());
            long[] c = l.stream().mapToLong(counts::get).toArray();
            tables.add(CountTable.oneWay(name, new Dimension(name, l), c).inUniverse(universe));
            labels.put(name, l);
        }
        return this;
    }

    /**
     * Adds the capture histories over {@code lists}: {@code byMask} maps a pattern (bit i = seen by list
     * i) to its count of persons. Published cells are keyed by the same mask, as a decimal string.
     */
    public DisclosedCounts captureHistories(
            String name, String universe, List<String> lists, Map<Integer, Long> byMask) {
        if (lists.size() < 2 || lists.size() > 12) {
            // outside the capture-history table's range: still protected, as a plain table of patterns
            Map<String, Long> plain = new LinkedHashMap<>();
            byMask.forEach((m, n) -> plain.put(Integer.toString(m), n));
            return oneWay(name, universe, plain);
        }
        Map<String, Long> byPattern = new LinkedHashMap<>();
        byMask.forEach((m, n) -> byPattern.put(pattern(m, lists.size()), n));
        CountTable t = CountTable.captureHistories(name, lists, byPattern).inUniverse(universe);
        List<String> l = new ArrayList<>();
        for (String p : t.columns().labels()) {
            l.add(Integer.toString(mask(p)));
        }
        tables.add(t);
        labels.put(name, List.copyOf(l));
        return this;
    }

    /**
     * Applies disclosure control to all tables at once: table name → label → published count or null;
     * each table's published grand total is under {@link #TOTAL}.
     */
    public Map<String, Map<String, Long>> publish(String releaseId) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        if (tables.isEmpty()) {
            return out;
        }
        PublishedRelease r = DisclosureControl.create(new InMemoryBudgetLedger(), DisclosureAuditSink.NONE)
                .apply(new Release("web", releaseId, tables), DisclosurePolicy.DEFAULT);
        for (PublishedTable t : r.tables()) {
            Map<String, Long> cells = new LinkedHashMap<>();
            List<String> l = labels.get(t.name());
            for (int j = 0; j < l.size(); j++) {
                var c = t.cell(0, j);
                cells.put(l.get(j), c.suppressed() ? null : c.value());
            }
            cells.put(TOTAL, t.grandTotal().suppressed() ? null : t.grandTotal().value());
            out.put(t.name(), cells);
        }
        return out;
    }

    /** Pattern string of a mask: character j is list j (the disclosure module's order). */
    static String pattern(int mask, int lists) {
        StringBuilder s = new StringBuilder();
        for (int j = 0; j < lists; j++) {
            s.append((mask & (1 << j)) != 0 ? '1' : '0');
        }
        return s.toString();
    }

    static int mask(String pattern) {
        int m = 0;
        for (int j = 0; j < pattern.length(); j++) {
            if (pattern.charAt(j) == '1') {
                m |= 1 << j;
            }
        }
        return m;
    }
}
