package org.uncounted.disclosure.internal;

/**
 * Picks the alternating cycle through a suppressed position to hide next. Moving +t, −t around a
 * cycle in the sign-flipped grid keeps every margin; its capacity (how far the target can move
 * both ways while all cycle cells stay ≥ 0) bounds the target's feasible interval from below once
 * the whole cycle is hidden.
 */
final class CycleChooser {
    private final Grid g;
    private final int width;

    CycleChooser(Grid g, int width) {
        this.g = g;
        this.width = width;
    }

    /** The cycle to hide (positions {r, c}), or null when every cycle is already hidden. */
    int[][] best(int r, int c) {
        int[][] best = null;
        long bestCap = -1;
        long bestCost = Long.MAX_VALUE;
        for (int k = 0; k < g.cols; k++) {
            if (k == c) {
                continue;
            }
            if (!g.twoWay) {
                int[][] cycle = {{r, c, 1}, {r, k, -1}};
                long[] cc = evaluate(cycle);
                if (better(cc, bestCap, bestCost)) {
                    best = cycle;
                    bestCap = cc[0];
                    bestCost = cc[1];
                }
                continue;
            }
            for (int l = 0; l < g.rows; l++) {
                if (l == r) {
                    continue;
                }
                int[][] cycle = {{r, c, 1}, {r, k, -1}, {l, c, -1}, {l, k, 1}};
                long[] cc = evaluate(cycle);
                if (better(cc, bestCap, bestCost)) {
                    best = cycle;
                    bestCap = cc[0];
                    bestCost = cc[1];
                }
            }
        }
        return best;
    }

    private boolean better(long[] cc, long bestCap, long bestCost) {
        if (cc == null) {
            return false;
        }
        boolean enough = cc[0] >= width;
        boolean bestEnough = bestCap >= width;
        if (enough != bestEnough) {
            return enough;
        }
        if (enough) {
            return cc[1] < bestCost;
        }
        return cc[0] > bestCap || (cc[0] == bestCap && cc[1] < bestCost);
    }

    /** {capacity, cost} or null if the cycle hides nothing new. */
    private long[] evaluate(int[][] cycle) {
        long down = Long.MAX_VALUE;
        long up = Long.MAX_VALUE;
        long cost = 0;
        boolean adds = false;
        for (int[] p : cycle) {
            long v = g.values[p[0]][p[1]];
            if (g.sign(p[0], p[1]) * p[2] > 0) {
                down = Math.min(down, v);
            } else {
                up = Math.min(up, v);
            }
            if (!g.suppressed[p[0]][p[1]]) {
                adds = true;
                // hiding a margin costs more than an interior cell of the same value
                cost += (g.isInterior(p[0], p[1]) ? v : 2 * v) + 1;
            }
        }
        if (!adds) {
            return null;
        }
        long cap = (down == Long.MAX_VALUE || up == Long.MAX_VALUE) ? Long.MAX_VALUE : down + up;
        return new long[] {cap, cost};
    }
}
