package org.uncounted.estimation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A capture-history table: for each pattern of lists, how many cases appear on exactly those lists.
 *
 * <p>Patterns are bit masks over the lists in column order: bit {@code i} (value {@code 1 << i}) set
 * means "on list {@code i + 1}". Every one of the {@code 2^t - 1} observable patterns is a cell; a
 * pattern that was not given has count zero. The all-zero pattern (the dark figure) is never stored.
 *
 * <p>Immutable. Construction rejects fewer than two or more than {@value #MAX_LISTS} lists, duplicate or
 * blank list names and negative counts. {@link #requireEstimable()} additionally rejects an empty table
 * and a table in which no case appears on two lists (nothing links the lists, so nothing can be
 * estimated). Bad input raises {@link InvalidCaptureHistoryException} naming the {@link #source()}.
 */
public final class CaptureHistories {
    /** More lists than this make 2^t cells too many for an exhaustive table. */
    public static final int MAX_LISTS = 16;

    private final String source;
    private final List<String> listNames;
    private final long[] counts;

    private CaptureHistories(String source, List<String> listNames, long[] counts) {
        this.source = Objects.requireNonNull(source, "source");
        this.listNames = List.copyOf(listNames);
        this.counts = counts;
        int t = listNames.size();
        checkListCount(source, t);
        if (counts.length != 1 << t) {
            throw new IllegalStateException("counts array of length " + counts.length + " for " + t + " lists");
        }
        if (listNames.stream().distinct().count() != t || listNames.stream().anyMatch(String::isBlank)) {
            throw new InvalidCaptureHistoryException(
                    source + ": list names must be distinct and non-blank, got " + listNames);
        }
        for (int c = 1; c < counts.length; c++) {
            if (counts[c] < 0) {
                throw new InvalidCaptureHistoryException(source + ": pattern " + pattern(c) + " has count " + counts[c]
                        + "; counts must be non-negative integers");
            }
        }
    }

    private static void checkListCount(String source, int t) {
        if (t < 2) {
            throw new InvalidCaptureHistoryException(
                    source + ": " + t
                            + " list column(s); multiple systems estimation needs at least 2 lists (columns of 0/1 before 'count')");
        }
        if (t > MAX_LISTS) {
            throw new InvalidCaptureHistoryException(
                    source + ": " + t + " lists; at most " + MAX_LISTS + " are supported (2^t cells)");
        }
    }

    /** A builder for a table with these list names (column order defines the bit positions). */
    public static Builder builder(String source, List<String> listNames) {
        return new Builder(source, listNames);
    }

    /**
     * A table from a full cell array indexed by pattern bit mask ({@code counts[0]}, the unobserved cell,
     * must be 0).
     */
    public static CaptureHistories ofCells(String source, List<String> listNames, long[] counts) {
        if (counts.length > 0 && counts[0] != 0) {
            throw new InvalidCaptureHistoryException(
                    source + ": the all-zero pattern has count " + counts[0] + "; cases on no list cannot be observed");
        }
        return new CaptureHistories(source, listNames, counts.clone());
    }

    /** Where the table came from (file, stratum or caller's label), for messages. */
    public String source() {
        return source;
    }

    public int listCount() {
        return listNames.size();
    }

    public List<String> listNames() {
        return listNames;
    }

    /** Count of the cell with this pattern bit mask (1 ≤ pattern < 2^t). */
    public long count(int pattern) {
        return counts[pattern];
    }

    /** All cells indexed by pattern; element 0 is the unobserved cell and is always 0. A copy. */
    public long[] cells() {
        return counts.clone();
    }

    /** The number of cases observed on at least one list. */
    public long observed() {
        long n = 0;
        for (long c : counts) n += c;
        return n;
    }

    /** Number of cases on every list of {@code mask} (and possibly others). */
    public long overlap(int mask) {
        long n = 0;
        for (int c = 1; c < counts.length; c++) if ((c & mask) == mask) n += counts[c];
        return n;
    }

    /** Pairs of lists (1-based, as "i·j" names) with no case in common. */
    public List<String> nonOverlappingPairs() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < listCount(); i++)
            for (int j = i + 1; j < listCount(); j++)
                if (overlap((1 << i) | (1 << j)) == 0) out.add(listNames.get(i) + "·" + listNames.get(j));
        return out;
    }

    /**
     * Checks the table can carry an estimate: at least one case, and at least one case on two lists.
     *
     * @throws InvalidCaptureHistoryException naming the source and the rule
     */
    public CaptureHistories requireEstimable() {
        if (observed() == 0) {
            throw new InvalidCaptureHistoryException(source + ": no cases (all counts are zero)");
        }
        boolean anyOverlap = false;
        for (int c = 1; c < counts.length; c++) if (Integer.bitCount(c) >= 2 && counts[c] > 0) anyOverlap = true;
        if (!anyOverlap) {
            throw new InvalidCaptureHistoryException(source
                    + ": no case appears on two lists (no overlap at all); the lists carry no information"
                    + " about the unobserved and no estimate is possible");
        }
        return this;
    }

    /** The pattern as a 0/1 string in column order, e.g. "10100". */
    public String pattern(int mask) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < listCount(); i++) sb.append((mask >> i & 1) == 1 ? '1' : '0');
        return sb.toString();
    }

    @Override
    public String toString() {
        return "CaptureHistories[" + source + ", lists=" + listNames + ", observed=" + observed() + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaptureHistories other
                && listNames.equals(other.listNames)
                && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * listNames.hashCode() + Arrays.hashCode(counts);
    }

    /** Collects pattern rows; rejects duplicates and all-zero patterns as they arrive. */
    public static final class Builder {
        private final String source;
        private final List<String> listNames;
        private final long[] counts;
        private final String[] firstSeen;

        private Builder(String source, List<String> listNames) {
            this.source = source;
            this.listNames = List.copyOf(listNames);
            checkListCount(source, listNames.size());
            this.counts = new long[1 << listNames.size()];
            this.firstSeen = new String[counts.length];
        }

        /** Adds a row given as a 0/1 string in column order, e.g. "0110". */
        public Builder add(String pattern, long count) {
            return add(pattern, count, "pattern " + pattern);
        }

        /**
         * Adds a row; {@code where} (e.g. "line 7") is used in error messages.
         *
         * @throws InvalidCaptureHistoryException for a wrong-length, non-0/1, all-zero or duplicate pattern,
         *     or a negative count
         */
        public Builder add(String pattern, long count, String where) {
            if (pattern.length() != listNames.size()) {
                throw new InvalidCaptureHistoryException(source + ", " + where + ": pattern '" + pattern
                        + "' has " + pattern.length() + " digits; expected one 0/1 per list (" + listNames.size()
                        + ")");
            }
            int mask = 0;
            for (int i = 0; i < pattern.length(); i++) {
                char ch = pattern.charAt(i);
                if (ch != '0' && ch != '1') {
                    throw new InvalidCaptureHistoryException(source + ", " + where + ", column '" + listNames.get(i)
                            + "': value '" + ch + "'; list columns must be 0 or 1");
                }
                if (ch == '1') mask |= 1 << i;
            }
            if (mask == 0) {
                throw new InvalidCaptureHistoryException(source + ", " + where
                        + ": all-zero pattern; a case on no list cannot be observed (remove the row)");
            }
            if (count < 0) {
                throw new InvalidCaptureHistoryException(source + ", " + where + ", column 'count': value " + count
                        + "; counts must be non-negative integers");
            }
            if (firstSeen[mask] != null) {
                throw new InvalidCaptureHistoryException(source + ", " + where + ": duplicate pattern " + pattern
                        + " (first given at " + firstSeen[mask] + "); each pattern may appear once");
            }
            firstSeen[mask] = where;
            counts[mask] = count;
            return this;
        }

        public CaptureHistories build() {
            return new CaptureHistories(source, listNames, counts.clone());
        }
    }
}
