package org.uncounted.linkage.internal;

/**
 * A coarse "pivot" key of one Hangul syllable that every romanization of that syllable maps to.
 * It merges what RR, MR, the DPRK system and conventional spellings do not keep apart: plain,
 * tense and aspirated stops (g/k/kk/kh), ㅈ/ㅊ (j/ch), ㅓ/ㅗ (eo/o/ŏ), ㅡ/ㅜ (eu/u/ŭ), ㅐ/ㅔ, ㅢ/ㅣ,
 * ㅙ/ㅚ/ㅞ; initial ㄹ and ㄴ follow the ROK initial-sound rule (두음 법칙: 리→이, 류→유, 로→노,
 * 녀→여), so NK "Ri" and ROK "I" meet. Keys are ints below {@link #LIMIT}; sequences of up to five
 * syllables pack into one long.
 */
public final class SyllableKey {
    public static final int NONE = 0, K = 1, N = 2, T = 3, R = 4, M = 5, P = 6, S = 7, J = 8, H = 9;
    public static final int A = 0, E = 1, YA = 2, YE = 3, O = 4, YO = 5, U = 6, YU = 7, WA = 8, WE = 9, WO = 10;
    public static final int WI = 11, I = 12;
    static final int VOWEL_CLASSES = 13;
    static final int FINAL_CLASSES = 8;
    public static final int LIMIT = 10 * VOWEL_CLASSES * FINAL_CLASSES;

    private static final int[] INITIAL_CLASS = {K, K, N, T, T, R, M, P, P, S, S, NONE, J, J, J, K, T, P, H};
    private static final int[] VOWEL_CLASS = {A, E, YA, YE, O, E, YO, YE, O, WA, WE, WE, YO, U, WO, WE, WI, YU, U, I, I
    };

    private SyllableKey() {}

    /** The key of a precomposed Hangul syllable. */
    public static int of(char syllable) {
        int v = VOWEL_CLASS[Hangul.vowel(syllable)];
        return of(INITIAL_CLASS[Hangul.initial(syllable)], v, SoundChanges.FINAL_SOUND[Hangul.finalIndex(syllable)]);
    }

    /** The key from classes, applying the initial-sound rule to ㄹ and ㄴ. */
    public static int of(int initialClass, int vowelClass, int finalClass) {
        int ini = initialClass;
        boolean yLike = vowelClass == YA || vowelClass == YE || vowelClass == YO || vowelClass == YU || vowelClass == I;
        if ((ini == R || ini == N) && yLike) ini = NONE;
        else if (ini == R) ini = N;
        return (ini * VOWEL_CLASSES + vowelClass) * FINAL_CLASSES + finalClass;
    }

    /** Packs a sequence (at most five syllables) into a long; 0 is the empty sequence. */
    public static long pack(int[] keys) {
        if (keys.length > 5) throw new IllegalArgumentException("at most 5 syllables, got " + keys.length);
        long seq = 0;
        for (int k : keys) seq = seq * (LIMIT + 1) + k + 1;
        return seq;
    }

    /** Appends one syllable key to a packed sequence. */
    public static long append(long seq, int key) {
        return seq * (LIMIT + 1) + key + 1;
    }

    /** Unpacks a sequence packed by {@link #pack}. */
    public static int[] unpack(long seq) {
        int n = 0;
        for (long s = seq; s != 0; s /= (LIMIT + 1)) n++;
        int[] out = new int[n];
        long s = seq;
        for (int i = n - 1; i >= 0; i--) {
            out[i] = (int) (s % (LIMIT + 1)) - 1;
            s /= (LIMIT + 1);
        }
        return out;
    }

    /** Number of syllables in a packed sequence. */
    public static int length(long seq) {
        int n = 0;
        for (long s = seq; s != 0; s /= (LIMIT + 1)) n++;
        return n;
    }

    /** The packed key sequence of a Hangul string (non-syllables are skipped). */
    public static long ofHangul(CharSequence hangul) {
        long seq = 0;
        int n = 0;
        for (int i = 0; i < hangul.length(); i++) {
            char c = hangul.charAt(i);
            if (Hangul.isSyllable(c) && n < 5) {
                seq = append(seq, of(c));
                n++;
            }
        }
        return seq;
    }
}
