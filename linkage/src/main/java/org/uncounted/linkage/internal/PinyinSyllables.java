package org.uncounted.linkage.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Segments a toneless pinyin token ("yingji") into syllables of the Unihan inventory and reads
 * each as the Korean syllable keys of the name Hanja pronounced that way (jin → 김/금/진/근…).
 */
final class PinyinSyllables {
    private static final int CAP = 256;

    private PinyinSyllables() {}

    /** Candidate packed sequences; empty if the tokens are not all pinyin. */
    static long[] read(List<String> tokens) {
        HanReadings han = HanReadings.get();
        List<int[]> syllables = new ArrayList<>();
        for (String t : tokens) {
            List<String> seg = segment(t, han);
            if (seg == null) return new long[0];
            for (String s : seg) syllables.add(han.keysOfPinyin(s));
        }
        if (syllables.isEmpty() || syllables.size() > 5) return new long[0];
        long[] acc = {0L};
        for (int[] keys : syllables) {
            LongSet next = new LongSet(acc.length * keys.length);
            outer:
            for (long a : acc) {
                for (int k : keys) {
                    next.add(SyllableKey.append(a, k));
                    if (next.size() >= CAP) break outer;
                }
            }
            acc = next.toSortedArray();
        }
        return acc;
    }

    /** Fewest-syllable segmentation into known pinyin syllables, or null. */
    static List<String> segment(String t, HanReadings han) {
        int n = t.length();
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Integer.MAX_VALUE) continue;
            for (int j = i + 1; j <= Math.min(n, i + 6); j++) {
                if (best[i] + 1 < best[j] && han.isPinyin(t.substring(i, j))) {
                    best[j] = best[i] + 1;
                    from[j] = i;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE) return null;
        List<String> out = new ArrayList<>();
        for (int j = n; j > 0; j = from[j]) out.add(0, t.substring(from[j], j));
        return out;
    }
}
