package org.uncounted.linkage.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names compared in the Hangul pivot space (research note §6.2.1). Levels: 4 surname and given
 * name share a precise reading; 3 they share a reading only through pinyin; 2 surname agrees and
 * the given names differ in one syllable, or the given names agree but the surnames do not; 1 only
 * the surname (or only part of the given name) agrees; 0 else. When a value has no pivot reading
 * (a Western name), the pair falls back to Jaro–Winkler on the folded Latin forms (exact 4, ≥0.92
 * 3, ≥0.88 2, ≥0.7 1). Level 4 carries a term-frequency adjustment on the full-name key. A name
 * without a surname (a given name alone, as media print pseudonyms) is compared as missing.
 */
public final class PivotNameComparison implements Comparison {
    private static final String[] LABELS = {
        "different", "surname only", "one syllable differs / surname differs", "same via pinyin", "same reading"
    };

    private final String name;
    private final ValueCodes<NameReading> codes;
    private final char[][] latin;
    private final int[][][] givenUnpacked;
    private final int[] primaryCount;
    /** Per code: the value reads as no name at all ("Ms Lee", a title and a surname). */
    private final boolean[] blank;
    /**
     * Per code: its readings in either order when both ends are surnames ({@link NameReader#orders}),
     * else null; and their given names unpacked (for the one-syllable test).
     */
    private final NameReading[][] orders;

    private final int[][][][] ordersUnpacked;

    private final PairCache cache = new PairCache(20);
    private final JaroWinkler jw = new JaroWinkler();

    public PivotNameComparison(
            String name, List<String> values, java.util.function.Function<String, NameReading> reader) {
        this(name, values, reader, v -> null);
    }

    /** @param ordersOf a value's readings in either order ({@link NameReader#orders}), or null */
    public PivotNameComparison(
            String name,
            List<String> values,
            java.util.function.Function<String, NameReading> reader,
            java.util.function.Function<String, NameReading[]> ordersOf) {
        this.name = name;
        this.codes = new ValueCodes<>(values, reader);
        int n = codes.features.size();
        latin = new char[n][];
        blank = new boolean[n];
        givenUnpacked = new int[n][][];
        Map<Long, Integer> primary = new HashMap<>();
        for (int c = 0; c < n; c++) {
            NameReading r = codes.features.get(c);
            latin[c] = r.latin().replace(" ", "").toCharArray();
            blank[c] = !r.hasPivot() && latin[c].length == 0;
            long[] g = r.givenPrecise();
            givenUnpacked[c] = new int[g.length][];
            for (int i = 0; i < g.length; i++) givenUnpacked[c][i] = SyllableKey.unpack(g[i]);
            primary.merge(r.primaryKey(), codes.count[c], Integer::sum);
        }
        orders = new NameReading[n][];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < values.size(); i++) {
            int c = codes.codeOf[i];
            if (c < 0 || seen[c]) continue;
            seen[c] = true;
            orders[c] = ordersOf.apply(values.get(i));
        }
        ordersUnpacked = new int[n][][][];
        for (int c = 0; c < n; c++) {
            if (orders[c] == null) continue;
            ordersUnpacked[c] = new int[orders[c].length][][];
            for (int k = 0; k < orders[c].length; k++) ordersUnpacked[c][k] = unpack(orders[c][k].givenPrecise());
        }
        primaryCount = new int[n];
        for (int c = 0; c < n; c++)
            primaryCount[c] = primary.get(codes.features.get(c).primaryKey());
    }

    private PivotNameComparison(PivotNameComparison o) {
        name = o.name;
        codes = o.codes;
        latin = o.latin;
        givenUnpacked = o.givenUnpacked;
        primaryCount = o.primaryCount;
        blank = o.blank;
        orders = o.orders;
        ordersUnpacked = o.ordersUnpacked;
    }

    @Override
    public Comparison copy() {
        return new PivotNameComparison(this);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int levelCount() {
        return 5;
    }

    @Override
    public String levelLabel(int level) {
        return LABELS[level];
    }

    @Override
    public int level(int a, int b) {
        int ca = codes.codeOf[a], cb = codes.codeOf[b];
        // a pseudonym read as no name ("Ms Lee") is missing, not a disagreement, and two of them
        // ("Ms Kim", "Ms Kim") are not the same name
        if (ca < 0 || cb < 0 || blank[ca] || blank[cb]) return NULL;
        if (ca == cb) return 4;
        long key = PairCache.key(ca, cb);
        int hit = cache.get(key);
        if (hit != Integer.MIN_VALUE) return hit;
        int l = compute(ca, cb);
        cache.put(key, l);
        return l;
    }

    private int compute(int ca, int cb) {
        NameReading x = codes.features.get(ca), y = codes.features.get(cb);
        // the same letters once spaces are dropped: 張春梅 (read as pinyin) = Zhang Chunmei = ZHANG Chun-mei
        if (latin[ca].length > 3 && Arrays.equals(latin[ca], latin[cb])) return 4;
        if ((orders[ca] == null && orders[cb] == null)
                || x.givenBroad().length == 0
                || y.givenBroad().length == 0
                || !x.hasPivot()
                || !y.hasPivot()) return level(x, y, ca, cb, givenUnpacked[ca], givenUnpacked[cb]);
        // a name read in either order is compared order by order, never surname of one and given
        // name of the other: the best level over the order pairs (the one-syllable test last, only
        // if it can still decide)
        int na = orders[ca] == null ? 1 : orders[ca].length, nb = orders[cb] == null ? 1 : orders[cb].length;
        int best = NULL;
        long partialTodo = 0; // bit i * nb + j: order pair that shares a surname and no given name
        for (int i = 0; i < na; i++) {
            NameReading p = orders[ca] == null ? x : orders[ca][i];
            for (int j = 0; j < nb; j++) {
                int l = agreement(p, orders[cb] == null ? y : orders[cb][j]);
                if (l == 4) return 4;
                if (l == 1) partialTodo |= 1L << (i * nb + j);
                best = Math.max(best, l);
            }
        }
        if (best < 2 && partialTodo != 0) {
            for (int i = 0; i < na; i++) {
                for (int j = 0; j < nb; j++) {
                    if ((partialTodo & (1L << (i * nb + j))) == 0) continue;
                    int[][] pu = orders[ca] == null ? givenUnpacked[ca] : ordersUnpacked[ca][i];
                    int[][] qu = orders[cb] == null ? givenUnpacked[cb] : ordersUnpacked[cb][j];
                    if (partial(pu, qu)) return 2;
                }
            }
        }
        return best;
    }

    private int level(NameReading x, NameReading y, int ca, int cb, int[][] gx2, int[][] gy2) {
        boolean gx = x.givenBroad().length > 0, gy = y.givenBroad().length > 0;
        if (!gx || !gy || !x.hasPivot() || !y.hasPivot()) return latinLevel(ca, cb);
        int l = agreement(x, y);
        return l == 1 && partial(gx2, gy2) ? 2 : l;
    }

    /**
     * The level of two pivot readings before the one-syllable test: 4 surname and given name, 3
     * surname and a broad given-name reading, 2 given name only, 1 surname only (the one-syllable
     * test may still raise it to 2), 0 neither; {@link #NULL} when a side has no surname.
     */
    private static int agreement(NameReading p, NameReading q) {
        if (p.surnames().length == 0 || q.surnames().length == 0) return NULL;
        boolean precise = Sorted.intersects(p.givenPrecise(), q.givenPrecise());
        if (!Sorted.intersects(p.surnames(), q.surnames())) return precise ? 2 : 0;
        if (precise) return 4;
        return Sorted.intersects(p.givenBroad(), q.givenBroad()) ? 3 : 1;
    }

    private static int[][] unpack(long[] given) {
        int[][] out = new int[given.length][];
        for (int i = 0; i < given.length; i++) out[i] = SyllableKey.unpack(given[i]);
        return out;
    }

    private int latinLevel(int ca, int cb) {
        double s = jw.similarity(latin[ca], latin[cb]);
        return s >= 0.9999 ? 4 : s >= 0.92 ? 3 : s >= 0.88 ? 2 : s >= 0.7 ? 1 : 0;
    }

    /** Same-length given names that differ in exactly one syllable. */
    private static boolean partial(int[][] ps, int[][] qs) {
        for (int[] p : ps) {
            for (int[] q : qs) {
                if (p.length != q.length || p.length < 2) continue;
                int diff = 0;
                for (int i = 0; i < p.length && diff < 2; i++) if (p[i] != q[i]) diff++;
                if (diff == 1) return true;
            }
        }
        return false;
    }

    @Override
    public double termFrequency(int a, int b, int level) {
        if (level != 4) return Double.NaN;
        int ca = codes.codeOf[a], cb = codes.codeOf[b];
        return Math.max(primaryCount[ca], primaryCount[cb]) / (double) codes.nonNull;
    }

    @Override
    public long[] keys(int record, BlockKey kind) {
        int c = codes.codeOf[record];
        if (c < 0) return EMPTY;
        NameReading r = codes.features.get(c);
        switch (kind) {
            case SURNAME:
                return r.surnames();
            case GIVEN_NAME:
                return r.givenPrecise();
            case FULL_NAME: {
                long[] s = r.surnames().length == 0 ? new long[] {0L} : r.surnames();
                long[] g = r.givenBroad();
                if (g.length == 0)
                    return r.latin().isEmpty() ? EMPTY : new long[] {r.latin().hashCode()};
                LongSet out = new LongSet(s.length * g.length);
                for (long sv : s) for (long gv : g) out.add(sv * 0x9E3779B97F4A7C15L + gv);
                return out.toSortedArray();
            }
            default:
                return EMPTY;
        }
    }
}
