package org.uncounted.linkage.internal;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded random sample of the record pairs that share the keys of one training blocking rule
 * (Splink's EM training blocks). Unlike the prediction candidates, which are the union of many
 * rules and so over-represent name agreement, these pairs are selected only by the rule's own
 * fields, so the comparisons outside the rule are, among non-matches, distributed as in random
 * pairs (conditional independence) — which lets EM keep u fixed from random pairs.
 *
 * @param pairs sampled pairs ({@link Blocking#pack}), sorted and unique
 * @param rate the sampling rate: every pair of the blocks was kept with about this probability
 */
public record TrainingPairs(long[] pairs, double rate) {
    /** Samples about {@code budget} pairs from the blocks of {@code rule}. */
    public static TrainingPairs sample(
            int n, List<Comparison> comparisons, List<BlockKey> rule, long budget, long seed) {
        long[] sorted = Blocking.entries(n, comparisons, rule);
        double total = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = blockEnd(sorted, i);
            total += (double) (j - i) * (j - i - 1) / 2;
            i = j;
        }
        double rate = total <= budget ? 1 : budget / total;
        SplittableRandom rnd = new SplittableRandom(seed);
        LongList out = new LongList((int) Math.min(budget, total) + 16);
        int[] members = new int[16];
        for (int i = 0; i < sorted.length; ) {
            int j = blockEnd(sorted, i);
            int m = 0;
            if (members.length < j - i) members = new int[(j - i) * 2];
            for (int k = i; k < j; k++) members[m++] = (int) (sorted[k] & 0xFFFFFFL);
            if (m > 1) {
                if (rate >= 1) {
                    for (int x = 0; x < m; x++)
                        for (int y = x + 1; y < m; y++) out.add(Blocking.pack(members[x], members[y]));
                } else {
                    double expect = rate * m * (m - 1) / 2.0;
                    long draws = (long) expect + (rnd.nextDouble() < expect - Math.floor(expect) ? 1 : 0);
                    for (long d = 0; d < draws; d++) {
                        int x = members[rnd.nextInt(m)], y = members[rnd.nextInt(m - 1)];
                        if (y == x) y = members[m - 1];
                        out.add(Blocking.pack(x, y));
                    }
                }
            }
            i = j;
        }
        return new TrainingPairs(out.sortedUnique(), rate);
    }

    private static int blockEnd(long[] sorted, int i) {
        long block = sorted[i] & ~0xFFFFFFL;
        int j = i;
        while (j < sorted.length && (sorted[j] & ~0xFFFFFFL) == block) j++;
        return j;
    }
}
