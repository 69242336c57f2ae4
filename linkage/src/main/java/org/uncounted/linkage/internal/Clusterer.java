package org.uncounted.linkage.internal;

import java.util.Arrays;

/**
 * Groups records into persons by constrained average linkage, which does not chain distinct people
 * through one bad link as connected components do (Splink issue #1824). Links are taken from the
 * most to the least probable; two clusters merge only if the mean log-odds over all their scored
 * cross pairs reaches the threshold's log-odds — the greedy step of correlation clustering with
 * signed weights (Bansal, Blum &amp; Chawla 2004), so a confident link outweighs a weak doubt but
 * not a strong one — and a higher minimum when they already hold records of the same source (a
 * source rarely lists one person twice, but NGO lists do have duplicates, so the constraint is
 * soft). Log-odds are clipped to ±10 bits.
 */
public final class Clusterer {
    private final long[] pairs;
    private final int[] sources;

    /** @param pairs sorted candidate pairs ({@link Blocking#pack}); @param sources source index per record */
    public Clusterer(long[] pairs, int[] sources) {
        this.pairs = pairs;
        this.sources = sources;
    }

    /** Person index per record (0..k−1, in order of first appearance). */
    public int[] cluster(float[] prob, double threshold, double sameSourceMinimum, int[] order) {
        int n = sources.length;
        int[] parent = new int[n], size = new int[n], next = new int[n], tail = new int[n];
        long[] mask = new long[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
            next[i] = -1;
            tail[i] = i;
            mask[i] = 1L << (sources[i] & 63);
        }
        for (int e : order) {
            if (prob[e] < threshold) continue;
            int ra = find(parent, Blocking.first(pairs[e])), rb = find(parent, Blocking.second(pairs[e]));
            if (ra == rb) continue;
            double need = (mask[ra] & mask[rb]) != 0 ? Math.max(threshold, sameSourceMinimum) : threshold;
            if (meanCross(ra, rb, next, prob) < logit(need)) continue;
            if (size[ra] < size[rb]) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            parent[rb] = ra;
            size[ra] += size[rb];
            mask[ra] |= mask[rb];
            next[tail[ra]] = rb;
            tail[ra] = tail[rb];
        }
        int[] id = new int[n];
        Arrays.fill(id, -1);
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (id[r] < 0) id[r] = k++;
            out[i] = id[r];
        }
        return out;
    }

    /** Edge indices by descending probability. */
    public static int[] byDescendingProbability(float[] prob) {
        long[] keyed = new long[prob.length];
        for (int i = 0; i < prob.length; i++) {
            keyed[i] = ((long) Float.floatToIntBits(1f - prob[i]) << 32) | i;
        }
        Arrays.parallelSort(keyed);
        int[] order = new int[prob.length];
        for (int i = 0; i < order.length; i++) order[i] = (int) keyed[i];
        return order;
    }

    private double meanCross(int ra, int rb, int[] next, float[] prob) {
        double sum = 0;
        int scored = 0;
        for (int x = ra; x >= 0; x = next[x]) {
            for (int y = rb; y >= 0; y = next[y]) {
                int idx = Arrays.binarySearch(pairs, Blocking.pack(x, y));
                if (idx >= 0) {
                    sum += logit(prob[idx]);
                    scored++;
                }
            }
        }
        return scored == 0 ? -10 : sum / scored;
    }

    static double logit(double p) {
        if (p >= 1) return 10;
        if (p <= 0) return -10;
        return Math.max(-10, Math.min(10, Math.log(p / (1 - p)) / Math.log(2)));
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
