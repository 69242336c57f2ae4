package org.uncounted.linkage.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a romanized Korean token back into candidate syllable-key sequences. The inventory is the
 * union of RR, MR (breves and apostrophes dropped), the DPRK system and conventional passport
 * spellings (Young, Hee, Sook, Choi, Ahn, Hyea, Jean). A token is segmented into onset + vowel + coda syllables
 * in every way the inventory allows; only segmentations with the fewest syllables are kept, and
 * each syllable contributes every key its spelling can stand for. The result is a set of packed
 * sequences ({@link SyllableKey#pack}), at most {@link #MAX_CANDIDATES}.
 */
public final class LatinSyllables {
    public static final int MAX_CANDIDATES = 64;
    private static final int MAX_SYLLABLES = 4;

    private static final String[] ONSETS = {
        "", "g", "k", "kk", "gh", "kh", "n", "d", "t", "tt", "th", "r", "l", "rh", "m", "b", "p", "pp", "ph", "bb", "s",
        "ss", "sh", "j", "jj", "ch", "tch", "z", "ts", "h"
    };
    private static final int[] ONSET_CLASS = {
        SyllableKey.NONE, SyllableKey.K, SyllableKey.K, SyllableKey.K, SyllableKey.K, SyllableKey.K, SyllableKey.N,
        SyllableKey.T, SyllableKey.T, SyllableKey.T, SyllableKey.T, SyllableKey.R, SyllableKey.R, SyllableKey.R,
        SyllableKey.M, SyllableKey.P, SyllableKey.P, SyllableKey.P, SyllableKey.P, SyllableKey.P, SyllableKey.S,
        SyllableKey.S, SyllableKey.S, SyllableKey.J, SyllableKey.J, SyllableKey.J, SyllableKey.J, SyllableKey.J,
        SyllableKey.J, SyllableKey.H
    };
    private static final String[] VOWELS = {
        "a", "ae", "ai", "e", "ya", "yae", "ye", "eo", "o", "u", "eu", "oo", "ou", "yeo", "yo", "you", "yu", "yoo",
        "wa", "oa", "wae", "we", "oe", "oi", "wo", "weo", "uo", "wi", "ui", "i", "ee", "eui", "yi", "yea", "ea"
    };
    private static final int[][] VOWEL_CLASSES = {
        {SyllableKey.A},
        {SyllableKey.E},
        {SyllableKey.E},
        {SyllableKey.E},
        {SyllableKey.YA},
        {SyllableKey.YE},
        {SyllableKey.YE},
        {SyllableKey.O},
        {SyllableKey.O},
        {SyllableKey.U, SyllableKey.O},
        {SyllableKey.U},
        {SyllableKey.U},
        {SyllableKey.O, SyllableKey.U},
        {SyllableKey.YO},
        {SyllableKey.YO},
        {SyllableKey.YO, SyllableKey.YU},
        {SyllableKey.YU, SyllableKey.YO},
        {SyllableKey.YU},
        {SyllableKey.WA},
        {SyllableKey.WA},
        {SyllableKey.WE},
        {SyllableKey.WE},
        {SyllableKey.WE},
        {SyllableKey.WE},
        {SyllableKey.WO},
        {SyllableKey.WO},
        {SyllableKey.WO},
        {SyllableKey.WI},
        {SyllableKey.I, SyllableKey.WI},
        {SyllableKey.I},
        {SyllableKey.I},
        {SyllableKey.I},
        {SyllableKey.I},
        {SyllableKey.YE},
        {SyllableKey.I, SyllableKey.E}
    };
    private static final String[] CODAS = {"", "k", "g", "n", "t", "l", "m", "p", "b", "ng", "h", "hn", "hm", "ck", "kk"
    };
    private static final int[] CODA_CLASS = {0, 1, 1, 2, 3, 4, 5, 6, 6, 7, 0, 2, 5, 1, 1};

    private LatinSyllables() {}

    /** Lower case, diacritics and apostrophes removed, "wh" read as "hw"; other separators kept. */
    public static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c >= 'a' && c <= 'z') b.append(c);
            else if (c == '\''
                    || c == '’'
                    || c == 'ʼ'
                    || c == '`'
                    || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else b.append(' ');
        }
        return b.toString().replace("wh", "hw").trim();
    }

    /** Candidate packed sequences for one token of letters a–z; empty if it cannot be read. */
    public static long[] parseToken(String token) {
        List<List<int[]>> segs = new ArrayList<>();
        int[] best = {Integer.MAX_VALUE};
        segment(token, 0, new ArrayList<>(), segs, best);
        LongSet out = new LongSet(16);
        for (List<int[]> seg : segs) {
            if (seg.size() != best[0]) continue;
            expand(seg, 0, 0L, out);
            if (out.size() >= MAX_CANDIDATES) break;
        }
        return out.toSortedArray();
    }

    /** Candidates of several tokens read as one name (NK "Yong Hui", "Young-hee"). */
    public static long[] parseTokens(List<String> tokens) {
        long[] acc = {0L};
        int syllables = 0;
        for (String t : tokens) {
            long[] next = parseToken(t);
            if (next.length == 0) return new long[0];
            syllables += SyllableKey.length(next[0]);
            if (syllables > 5) return new long[0];
            LongSet out = new LongSet(acc.length * next.length);
            for (long a : acc) {
                for (long b : next) {
                    out.add(concat(a, b));
                    if (out.size() >= MAX_CANDIDATES) break;
                }
            }
            acc = out.toSortedArray();
        }
        return acc.length == 1 && acc[0] == 0L ? new long[0] : acc;
    }

    static long concat(long a, long b) {
        long r = a;
        for (int k : SyllableKey.unpack(b)) r = SyllableKey.append(r, k);
        return r;
    }

    private static void segment(String s, int pos, List<int[]> cur, List<List<int[]>> out, int[] best) {
        if (pos == s.length()) {
            if (cur.size() <= best[0]) {
                best[0] = cur.size();
                out.add(new ArrayList<>(cur));
            }
            return;
        }
        if (cur.size() >= Math.min(MAX_SYLLABLES, best[0]) || out.size() > 64) return;
        for (int o = 0; o < ONSETS.length; o++) {
            if (!s.startsWith(ONSETS[o], pos)) continue;
            int vp = pos + ONSETS[o].length();
            for (int v = 0; v < VOWELS.length; v++) {
                if (!s.startsWith(VOWELS[v], vp)) continue;
                int cp = vp + VOWELS[v].length();
                for (int c = 0; c < CODAS.length; c++) {
                    if (!s.startsWith(CODAS[c], cp)) continue;
                    int end = cp + CODAS[c].length();
                    if (CODAS[c].startsWith("h") && end < s.length() && isVowel(s.charAt(end))) continue;
                    int[] vowels = vowelClasses(ONSET_CLASS[o], VOWEL_CLASSES[v]);
                    int[] keys = new int[vowels.length];
                    for (int i = 0; i < keys.length; i++) {
                        keys[i] = SyllableKey.of(ONSET_CLASS[o], vowels[i], CODA_CLASS[c]);
                    }
                    cur.add(keys);
                    segment(s, end, cur, out, best);
                    cur.remove(cur.size() - 1);
                }
            }
        }
    }

    /**
     * The vowel classes a spelled vowel stands for after this onset. After a consonant other than
     * ㄹ, ㅖ is pronounced [ㅔ] (Standard Korean Pronunciation, art. 5, proviso 2: 혜택 [헤택]), so
     * spellings of the sound, such as "Hae" or "He" for 혜, read as ㅖ as well as ㅔ/ㅐ.
     */
    private static int[] vowelClasses(int onset, int[] classes) {
        if (onset == SyllableKey.NONE || onset == SyllableKey.R) return classes;
        boolean e = false;
        for (int k : classes) {
            if (k == SyllableKey.YE) return classes;
            e |= k == SyllableKey.E;
        }
        if (!e) return classes;
        int[] out = Arrays.copyOf(classes, classes.length + 1);
        out[classes.length] = SyllableKey.YE;
        return out;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w';
    }

    private static void expand(List<int[]> seg, int i, long acc, LongSet out) {
        if (out.size() >= MAX_CANDIDATES) return;
        if (i == seg.size()) {
            out.add(acc);
            return;
        }
        for (int k : seg.get(i)) expand(seg, i + 1, SyllableKey.append(acc, k), out);
    }

    /** Tokens of a folded string. */
    public static List<String> tokens(String folded) {
        if (folded.isBlank()) return List.of();
        return Arrays.asList(folded.trim().split(" +"));
    }
}
