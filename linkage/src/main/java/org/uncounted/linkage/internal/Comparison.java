package org.uncounted.linkage.internal;

/**
 * One comparison of the Fellegi–Sunter model: it reads its fields of every record once (at
 * construction) into primitive features, then maps a record pair to a level, Splink-style: level 0
 * is "else", higher levels are stronger agreement, {@link #NULL} means a value is missing (neutral
 * weight). Implementations are not thread-safe; {@link #copy()} gives an instance for another
 * thread that shares the immutable features.
 */
public interface Comparison {
    int NULL = -1;

    String name();

    int levelCount();

    String levelLabel(int level);

    int level(int a, int b);

    /**
     * The levels whose Bayes factor must be at least this level's (enforced after training): by
     * default the next level, so that agreement never weighs less than a lower level of it. A
     * comparison whose levels are only partially ordered says which ones are stronger.
     */
    default int[] strongerLevels(int level) {
        return level + 1 < levelCount() ? new int[] {level + 1} : new int[0];
    }

    /** A thread-confined copy sharing the read-only features. */
    Comparison copy();

    /**
     * Term-frequency u for the pair at this level (Splink's tf adjustment: the chance that a
     * random record shares this value), or NaN when the level has no term-frequency adjustment.
     */
    default double termFrequency(int a, int b, int level) {
        return Double.NaN;
    }

    /** Blocking keys of a record for the given key kind, or an empty array. */
    default long[] keys(int record, BlockKey kind) {
        return EMPTY;
    }

    /**
     * A 16-bit value by which records are ordered inside an oversized block (birth year, place), or
     * Long.MIN_VALUE when this comparison gives none.
     */
    default long sortKey(int record) {
        return Long.MIN_VALUE;
    }

    long[] EMPTY = new long[0];
}
