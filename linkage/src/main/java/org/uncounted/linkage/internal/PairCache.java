package org.uncounted.linkage.internal;

/**
 * A lossy direct-mapped cache from a pair of value codes to a small level, so that repeated value
 * pairs (Kim–Kim, 영희–Younghee) are compared once. Thread-confined.
 */
final class PairCache {
    private final long[] keys;
    private final byte[] values;
    private final int mask;

    PairCache(int log2Size) {
        keys = new long[1 << log2Size];
        values = new byte[1 << log2Size];
        java.util.Arrays.fill(keys, -1L);
        mask = (1 << log2Size) - 1;
    }

    static long key(int codeA, int codeB) {
        return codeA <= codeB
                ? ((long) codeA << 32) | (codeB & 0xffffffffL)
                : ((long) codeB << 32) | (codeA & 0xffffffffL);
    }

    /** The cached level, or Integer.MIN_VALUE on a miss. */
    int get(long key) {
        int i = LongSet.mix(key) & mask;
        return keys[i] == key ? values[i] : Integer.MIN_VALUE;
    }

    void put(long key, int level) {
        int i = LongSet.mix(key) & mask;
        keys[i] = key;
        values[i] = (byte) level;
    }
}
