package org.uncounted.linkage.internal;

import java.util.List;

/**
 * Imprecise event dates ({@link EventDates}) compared by the precision both records share,
 * Splink-style. One date column has the levels 4 same day, 3 same month, 2 same year or
 * overlapping ranges ("~2015" against 2016), 1 within a year, 0 more than a year apart.
 *
 * <p>Several columns (the dates of one trajectory: crossing, first sale, exploitation start and
 * end) are strongly dependent — a woman sold the month she crossed is exploited from that month —
 * so adding one Bayes factor per date would count the same evidence several times. They are
 * compared as one comparison instead: 0 when any date present on both sides is more than a year
 * apart, else 1 + the agreement points of the shared dates (same year or overlap 1, same month 2,
 * same day 3; a date within a year but not the same year adds none and takes none, since
 * testimony misremembers dates by months), and 1 when only such near dates are shared, at most level 8 (7 points or more: higher
 * levels are too rare for EM to estimate their m) and never above what the columns can reach. With
 * one column this is exactly the single-date scale. Dates missing on either side are skipped; none
 * shared = missing. A date wider than three years (a decade, a long range) counts as missing.
 */
public final class EventDateComparison implements Comparison {
    private final String name;
    private final String[] columns;
    private final int[][] lo, hi, month;
    private final byte[][] precision;
    private final int top;
    /** Levels after {@link #top}: a date within a year beside 1–2, 3–4 or 5+ agreement points. */
    private final int nearLevels;
    /** Per column: values present but not used (unreadable, or wider than three years). */
    private final int[] unused;

    public EventDateComparison(String name, List<String> columns, List<List<String>> values) {
        this.name = name;
        this.columns = columns.toArray(new String[0]);
        int k = columns.size(), n = values.get(0).size();
        lo = new int[k][n];
        hi = new int[k][n];
        month = new int[k][n];
        precision = new byte[k][n];
        unused = new int[k];
        for (int c = 0; c < k; c++) {
            java.util.Map<String, int[]> seen = new java.util.HashMap<>();
            for (int r = 0; r < n; r++) {
                String v = values.get(c).get(r);
                int[] d = v == null ? new int[3] : seen.computeIfAbsent(v, EventDates::parse);
                // a date wider than three years ("2010s", "1995/2018") says too little: missing, for
                // levels and keys alike; "~2015" (2014–2016) is the widest kept
                if (d[2] != 0 && d[1] - d[0] > MAX_SPAN_DAYS) d = new int[3];
                if (d[2] == 0 && v != null && !v.isBlank()) unused[c]++;
                lo[c][r] = d[0];
                hi[c][r] = d[1];
                precision[c][r] = (byte) d[2];
                month[c][r] = d[2] >= EventDates.MONTH ? EventDates.yearMonth(d[0]) : -1;
            }
        }
        // several columns: 1 + points, at most 3 points a column, capped at 8 (rarer levels are
        // too rare for EM); never a top level that cannot be reached
        top = k == 1 ? 4 : Math.min(8, 1 + 3 * k);
        // a near date beside agreeing ones (points 1–2, 3–4, 5+), as far as the other columns reach
        nearLevels = k == 1 ? 0 : Math.min(3, (3 * (k - 1) + 1) / 2);
    }

    /** The widest date kept as evidence: three calendar years ("~2015" is 2014-01-01 to 2016-12-31). */
    static final int MAX_SPAN_DAYS = 3 * 366;

    /**
     * Column name → number of values present but not used as dates (unreadable, or wider than
     * three years), for columns with any; counts only, never the values.
     */
    public java.util.Map<String, Integer> unusedValues() {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (int c = 0; c < columns.length; c++) if (unused[c] > 0) out.put(columns[c], unused[c]);
        return out;
    }

    private EventDateComparison(EventDateComparison o) {
        unused = o.unused;
        name = o.name;
        columns = o.columns;
        lo = o.lo;
        hi = o.hi;
        month = o.month;
        precision = o.precision;
        top = o.top;
        nearLevels = o.nearLevels;
    }

    @Override
    public Comparison copy() {
        return new EventDateComparison(this);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int levelCount() {
        return top + 1 + nearLevels;
    }

    @Override
    public String levelLabel(int level) {
        if (top == 4)
            return new String[] {"over a year apart", "within a year", "same year", "same month", "same day"}[level];
        return switch (level) {
            case 0 -> "a date over a year apart";
            case 1 -> "a date within a year";
            default ->
                level > top
                        ? "a date within a year, agreement points " + new String[] {"1-2", "3-4", "5+"}[level - top - 1]
                        : "agreement points " + (level - 1) + (level == top ? "+" : "");
        };
    }

    /** The single-date level of column c (4 same day … 0 over a year apart), or NULL. */
    int dateLevel(int c, int a, int b) {
        int pa = precision[c][a], pb = precision[c][b];
        if (pa == 0 || pb == 0) return NULL;
        int p = Math.min(pa, pb);
        if (p == EventDates.DAY && lo[c][a] == lo[c][b]) return 4;
        if (p >= EventDates.MONTH && month[c][a] == month[c][b]) return 3;
        int la = lo[c][a], ha = hi[c][a], lb = lo[c][b], hb = hi[c][b];
        if (la <= hb && lb <= ha) return 2;
        return Math.max(la - hb, lb - ha) <= 366 ? 1 : 0;
    }

    @Override
    public int level(int a, int b) {
        int points = 0, near = 0;
        boolean any = false;
        for (int c = 0; c < columns.length; c++) {
            int l = dateLevel(c, a, b);
            if (l == NULL) continue;
            if (l == 0) return 0;
            any = true;
            if (l > 1) points += l - 1;
            else near++;
        }
        if (!any) return NULL;
        if (points == 0) return 1;
        if (near == 0 || nearLevels == 0) return Math.min(top, 1 + points);
        // a near date beside agreeing ones: its own levels, so that EM learns what it costs
        return top + Math.min(nearLevels, (points + 1) / 2);
    }

    @Override
    public int[] strongerLevels(int level) {
        if (nearLevels == 0 || level == top) return level < top ? new int[] {level + 1} : new int[0];
        if (level == 1) return new int[] {2, top + 1}; // a near date alone ≤ one agreeing date, ≤ near + points
        if (level > top) return level < top + nearLevels ? new int[] {level + 1} : new int[0];
        return new int[] {level + 1};
    }

    @Override
    public long[] keys(int record, BlockKey kind) {
        if (kind != BlockKey.EVENT_MONTH && kind != BlockKey.EVENT_YEAR) return EMPTY;
        long[] out = new long[0];
        for (int c = 0; c < columns.length; c++) {
            if (precision[c][record] == 0) continue;
            // comparison and column in the high bits, the month or year index (< 2^24) in the low ones
            long tag = ((long) name.hashCode() << 32) ^ ((long) (c + 1) << 24);
            if (kind == BlockKey.EVENT_MONTH) {
                if (month[c][record] < 0) continue;
                out = java.util.Arrays.copyOf(out, out.length + 1);
                out[out.length - 1] = tag | month[c][record];
            } else {
                int y0 = java.time.LocalDate.ofEpochDay(lo[c][record]).getYear();
                int y1 = java.time.LocalDate.ofEpochDay(hi[c][record]).getYear();
                for (int y = y0; y <= y1 && y <= y0 + 10; y++) {
                    out = java.util.Arrays.copyOf(out, out.length + 1);
                    out[out.length - 1] = tag | y;
                }
            }
        }
        return out;
    }
}
