package org.uncounted.linkage.internal;

import java.util.Arrays;

/** A small open-addressing set of longs (0 allowed) that grows as needed; not thread-safe. */
public final class LongSet {
    private static final long FREE = Long.MIN_VALUE;
    private long[] table;
    private int size;

    public LongSet(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        table = new long[cap];
        Arrays.fill(table, FREE);
    }

    /** Adds the value (never {@link Long#MIN_VALUE}); returns true if it was not there. */
    public boolean add(long v) {
        if (v == FREE) throw new IllegalArgumentException("Long.MIN_VALUE is reserved");
        if ((size + 1) * 2 > table.length) grow();
        int mask = table.length - 1;
        int i = mix(v) & mask;
        while (table[i] != FREE) {
            if (table[i] == v) return false;
            i = (i + 1) & mask;
        }
        table[i] = v;
        size++;
        return true;
    }

    public boolean contains(long v) {
        int mask = table.length - 1;
        int i = mix(v) & mask;
        while (table[i] != FREE) {
            if (table[i] == v) return true;
            i = (i + 1) & mask;
        }
        return false;
    }

    public int size() {
        return size;
    }

    public long[] toSortedArray() {
        long[] out = new long[size];
        int n = 0;
        for (long v : table) if (v != FREE) out[n++] = v;
        Arrays.sort(out);
        return out;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        Arrays.fill(table, FREE);
        size = 0;
        for (long v : old) if (v != FREE) add(v);
    }

    static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }
}
