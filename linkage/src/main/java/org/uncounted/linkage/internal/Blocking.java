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

    /** As {@link #run(int, List, List, int)} with a block-size cap per rule. */
    public static Result run(int n, List<Comparison> comparisons, List<List<BlockKey>> rules, int[] caps) {
        if (n > MAX_RECORDS) throw new IllegalStateException("too many records for one run: " + n);
        LongList all = new LongList(n * 8);
        List<RuleReport> reports = new ArrayList<>();
        for (int ri = 0; ri < rules.size(); ri++) {
            List<BlockKey> rule = rules.get(ri);
            long[] sorted = entries(n, comparisons, rule);
            // de-duplicate each rule's pairs at once: one name read many ways meets its partner many times
            LongList rulePairs = new LongList(n);
            long[] skipped = emitBlocks(sorted, caps[ri], rulePairs);
            sorted = null;
            long[] unique = rulePairs.sortedUnique();
            rulePairs = null;
            for (long p : unique) all.add(p);
            reports.add(new RuleReport(rule.toString(), unique.length, skipped[0], skipped[1]));
        }
        return new Result(all.sortedUnique(), reports);
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
                long[] next = new long[Math.min(acc.length * ks.length, 4096)];
                int m = 0;
                for (long x : acc) for (long y : ks) if (m < next.length) next[m++] = mix(x, y);
                acc = next;
            }
            for (long key : acc) entries.add((key & ~0xFFFFFFL) | r);
        }
        return entries.sortedUnique();
    }

    private static long[] emitBlocks(long[] sorted, int maxBlock, LongList out) {
        long skippedBlocks = 0, skippedPairs = 0;
        int i = 0;
        int[] members = new int[16];
        while (i < sorted.length) {
            long block = sorted[i] & ~0xFFFFFFL;
            int j = i;
            while (j < sorted.length && (sorted[j] & ~0xFFFFFFL) == block) j++;
            int size = j - i;
            if (size > maxBlock) {
                skippedBlocks++;
                skippedPairs += (long) size * (size - 1) / 2;
            } else if (size > 1) {
                if (members.length < size) members = new int[size * 2];
                int m = 0;
                for (int k = i; k < j; k++) {
                    int r = (int) (sorted[k] & 0xFFFFFFL);
                    if (m == 0 || members[m - 1] != r) members[m++] = r;
                }
                for (int x = 0; x < m; x++) for (int y = x + 1; y < m; y++) out.add(pack(members[x], members[y]));
            }
            i = j;
        }
        return new long[] {skippedBlocks, skippedPairs};
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
