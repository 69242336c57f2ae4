package org.uncounted.linkage.internal;

import java.util.Arrays;

/** A growable list of longs. */
public final class LongList {
    private long[] a;
    private int n;

    public LongList(int capacity) {
        a = new long[Math.max(4, capacity)];
    }

    public void add(long v) {
        if (n == a.length) a = Arrays.copyOf(a, Math.max(8, a.length + (a.length >> 1)));
        a[n++] = v;
    }

    public int size() {
        return n;
    }

    public long get(int i) {
        return a[i];
    }

    /** Sorts ascending and removes duplicates in place; returns the trimmed array. */
    public long[] sortedUnique() {
        long[] s = Arrays.copyOf(a, n);
        if (n > 200_000) Arrays.parallelSort(s);
        else Arrays.sort(s);
        int m = 0;
        for (int i = 0; i < s.length; i++) if (m == 0 || s[i] != s[m - 1]) s[m++] = s[i];
        return Arrays.copyOf(s, m);
    }

    public long[] toArray() {
        return Arrays.copyOf(a, n);
    }
}
