package org.uncounted.linkage.internal;

/** Operations on sorted primitive arrays. */
final class Sorted {
    private Sorted() {}

    /** True if two ascending arrays share a value. */
    static boolean intersects(long[] a, long[] b) {
        int i = 0, j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++;
            else j++;
        }
        return false;
    }
}
