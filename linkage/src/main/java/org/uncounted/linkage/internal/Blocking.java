package org.uncounted.linkage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Candidate pairs from several blocking rules at once (their union). A rule is a list of key kinds;
 * two records are candidates under a rule when they share one key of every kind (keys are sets:
 * a name has several readings). Blocks larger than the cap are skipped and counted. Pairs are
 * packed as {@code (long) a << 32 | b} with a &lt; b, sorted and unique.
 */
public final class Blocking {
    /** Record indices pack into 24 bits of a sort key: at most 16,777,215 records per run. */
    public static final int MAX_RECORDS = (1 << 24) - 1;

    /** Keys per record and rule at most (a pinyin name has many readings; the first ones are kept). */
    static final int MAX_KEYS = 4096;

    /** Per rule: its name, pairs it generated (before the union) and blocks skipped as too large. */
    public record RuleReport(String rule, long pairs, long skippedBlocks, long skippedPairs) {}

    /** The union of candidate pairs and the per-rule report. */
    public record Result(long[] pairs, List<RuleReport> rules) {}

    private Blocking() {}

    public static Result run(int n, List<Comparison> comparisons, List<List<BlockKey>> rules, int maxBlock) {
        int[] caps = new int[rules.size()];
        java.util.Arrays.fill(caps, maxBlock);
        return run(n, comparisons, rules, caps);
    }

    /** As {@link #run(int, List, List, int)} with a block-size cap per rule (larger blocks skipped). */
    public static Result run(int n, List<Comparison> comparisons, List<List<BlockKey>> rules, int[] caps) {
        return run(n, comparisons, rules, caps, 0, Integer.MAX_VALUE);
    }

    /**
     * As above, but a block larger than its cap is not skipped when {@code window} &gt; 0: its records
     * are sorted by birth year and place ({@link Comparison#sortKey}) and each is paired with the next
     * {@code window} (sorted neighbourhood within the block), divided by its number of keys under the
     * rule. Every record then gets a bounded number of pairs, however large n grows, while the
     * records of one woman, which share a name and roughly a birth year, stay neighbours. No record
     * gets more than {@code budget} pairs from one rule (counting a partner met through several
     * keys each time); pairs are made nearest first, so the budget drops the farthest.
     */
    public static Result run(
            int n, List<Comparison> comparisons, List<List<BlockKey>> rules, int[] caps, int window, int budget) {
        long[] order = window > 0 ? sortKeys(n, comparisons) : null;
        if (n > MAX_RECORDS) throw new IllegalStateException("too many records for one run: " + n);
        long[] all = new long[0];
        List<RuleReport> reports = new ArrayList<>();
        int[] keysPerRecord = new int[n];
        for (int ri = 0; ri < rules.size(); ri++) {
            List<BlockKey> rule = rules.get(ri);
            long[] sorted = entries(n, comparisons, rule);
            java.util.Arrays.fill(keysPerRecord, 0);
            for (long e : sorted) keysPerRecord[(int) (e & 0xFFFFFFL)]++;
            // de-duplicate each rule's pairs at once: one name read many ways meets its partner many times
            LongList rulePairs = new LongList(n);
            long[] skipped = emitBlocks(sorted, caps[ri], rulePairs, order, window, keysPerRecord, budget);
            sorted = null;
            long[] unique = rulePairs.sortedUnique();
            rulePairs = null;
            all = mergeUnique(all, unique); // the union stays sorted and unique: no copy of duplicates
            reports.add(new RuleReport(rule.toString(), unique.length, skipped[0], skipped[1]));
        }
        return new Result(all, reports);
    }

    /**
     * Block entries of one rule: {@code key-high-bits | record} for every key combination of every
     * record, sorted and unique, so that a block is a run of entries with equal high bits.
     */
    static long[] entries(int n, List<Comparison> comparisons, List<BlockKey> rule) {
        LongList entries = new LongList(n * 2);
        long seed = 17; // from ordinals: an enum's hashCode differs between JVM runs
        for (BlockKey k : rule) seed = seed * 31 + k.ordinal() + 1;
        for (int r = 0; r < n; r++) {
            long[] acc = {seed};
            for (BlockKey k : rule) {
                long[] ks = keysOf(r, k, comparisons);
                if (ks.length == 0) {
                    acc = Comparison.EMPTY;
                    break;
                }
                long[] next = new long[Math.min(acc.length * ks.length, MAX_KEYS)];
                int m = 0;
                for (long x : acc) for (long y : ks) if (m < next.length) next[m++] = mix(x, y);
                acc = next;
            }
            for (long key : acc) entries.add((key & ~0xFFFFFFL) | r);
        }
        return entries.sortedUnique();
    }

    /** Per record: birth year then place (the first two comparisons that give a sort key), 32 bits. */
    static long[] sortKeys(int n, List<Comparison> comparisons) {
        long[] out = new long[n];
        for (int r = 0; r < n; r++) {
            long k = 0;
            int used = 0;
            for (Comparison c : comparisons) {
                long v = c.sortKey(r);
                if (v == Long.MIN_VALUE || used == 2) continue;
                k = (k << 16) | (v & 0xFFFF);
                used++;
            }
            out[r] = k << (16 * (2 - used));
        }
        return out;
    }

    /** The sorted union of two sorted unique arrays. */
    static long[] mergeUnique(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int i = 0, j = 0, m = 0;
        while (i < a.length || j < b.length) {
            long v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
            if (m == 0 || out[m - 1] != v) out[m++] = v;
        }
        return m == out.length ? out : Arrays.copyOf(out, m);
    }

    /**
     * Emits each block's pairs, nearest first: members sorted by birth year and place, then pairs
     * at rank distance 1, 2, … — all of them in a block within the cap, at most the record's window
     * in a larger one — and none for a record that already has {@code budget} pairs under this rule.
     * Returns {blocks over the cap, pairs of all blocks not emitted}.
     */
    private static long[] emitBlocks(
            long[] sorted, int maxBlock, LongList out, long[] order, int window, int[] keysPerRecord, int budget) {
        long overCap = 0, notEmitted = 0;
        int[] used = new int[keysPerRecord.length];
        long[] byKey = new long[16];
        int i = 0;
        while (i < sorted.length) {
            long block = sorted[i] & ~0xFFFFFFL;
            int j = i;
            while (j < sorted.length && (sorted[j] & ~0xFFFFFFL) == block) j++;
            int size = j - i;
            boolean full = size <= maxBlock;
            if (!full) overCap++;
            if (size > 1 && (full || order != null)) {
                if (byKey.length < size) byKey = new long[size * 2];
                for (int k = i; k < j; k++) {
                    int r = (int) (sorted[k] & 0xFFFFFFL);
                    byKey[k - i] = order == null ? r : (order[r] << 24) | r;
                }
                Arrays.sort(byKey, 0, size);
                long added = 0;
                int maxD = full ? size - 1 : window;
                for (int d = 1; d <= maxD; d++) {
                    for (int x = 0; x + d < size; x++) {
                        int a = (int) (byKey[x] & 0xFFFFFFL), b = (int) (byKey[x + d] & 0xFFFFFFL);
                        if (!full && d > Math.max(2, window / Math.max(1, keysPerRecord[a]))) continue;
                        if (used[a] >= budget || used[b] >= budget) continue;
                        out.add(pack(a, b));
                        used[a]++;
                        used[b]++;
                        added++;
                    }
                }
                notEmitted += (long) size * (size - 1) / 2 - added;
            } else {
                notEmitted += (long) size * (size - 1) / 2;
            }
            i = j;
        }
        return new long[] {overCap, notEmitted};
    }

    static long[] keysOf(int r, BlockKey kind, List<Comparison> comparisons) {
        long[] out = Comparison.EMPTY;
        for (Comparison c : comparisons) {
            long[] k = c.keys(r, kind);
            if (k.length == 0) continue;
            if (out.length == 0) out = k;
            else {
                long[] merged = Arrays.copyOf(out, out.length + k.length);
                System.arraycopy(k, 0, merged, out.length, k.length);
                out = merged;
            }
        }
        return out;
    }

    static long mix(long acc, long key) {
        long h = (acc ^ key) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 29);
    }

    /** Packs a pair so that the smaller index is first. */
    public static long pack(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    public static int first(long pair) {
        return (int) (pair >>> 32);
    }

    public static int second(long pair) {
        return (int) pair;
    }
}
