package org.uncounted.linkage.internal;

/**
 * Hangul syllable arithmetic (The Unicode Standard, ch. 3.12 "Conjoining Jamo Behavior"): a
 * precomposed syllable S in U+AC00..U+D7A3 is {@code 0xAC00 + (L * 21 + V) * 28 + T} with L the
 * initial (0..18), V the medial vowel (0..20) and T the final (0 = none, 1..27).
 */
public final class Hangul {
    public static final int BASE = 0xAC00;
    public static final int LAST = 0xD7A3;
    public static final int L_COUNT = 19;
    public static final int V_COUNT = 21;
    public static final int T_COUNT = 28;

    /** Compatibility jamo of the 19 initials, in Unicode order. */
    public static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    /** Compatibility jamo of the 21 vowels, in Unicode order. */
    public static final String VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    /** Compatibility jamo of the 27 finals (index 1..27; index 0 is "no final"). */
    public static final String FINALS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

    // Initial indices used by the rules.
    public static final int G = 0, KK = 1, N = 2, D = 3, TT = 4, R = 5, M = 6, B = 7, PP = 8, S = 9, SS = 10;
    public static final int NG = 11, J = 12, JJ = 13, CH = 14, K = 15, T = 16, P = 17, H = 18;

    private Hangul() {}

    /** True for a precomposed Hangul syllable. */
    public static boolean isSyllable(int cp) {
        return cp >= BASE && cp <= LAST;
    }

    /** True if the text has at least one precomposed Hangul syllable. */
    public static boolean containsSyllable(CharSequence s) {
        for (int i = 0; i < s.length(); i++) if (isSyllable(s.charAt(i))) return true;
        return false;
    }

    public static int initial(int syllable) {
        return (syllable - BASE) / (V_COUNT * T_COUNT);
    }

    public static int vowel(int syllable) {
        return ((syllable - BASE) % (V_COUNT * T_COUNT)) / T_COUNT;
    }

    public static int finalIndex(int syllable) {
        return (syllable - BASE) % T_COUNT;
    }

    /** Composes a syllable; throws {@link IllegalArgumentException} when an index is out of range. */
    public static char compose(int initial, int vowel, int fin) {
        if (initial < 0 || initial >= L_COUNT || vowel < 0 || vowel >= V_COUNT || fin < 0 || fin >= T_COUNT) {
            throw new IllegalArgumentException(
                    "jamo index out of range: L=" + initial + " V=" + vowel + " T=" + fin + " (0..18, 0..20, 0..27)");
        }
        return (char) (BASE + (initial * V_COUNT + vowel) * T_COUNT + fin);
    }

    /** The syllable's jamo as compatibility letters, e.g. 김 → "ㄱㅣㅁ". */
    public static String decompose(char syllable) {
        if (!isSyllable(syllable)) return String.valueOf(syllable);
        StringBuilder b = new StringBuilder(3);
        b.append(INITIALS.charAt(initial(syllable))).append(VOWELS.charAt(vowel(syllable)));
        int t = finalIndex(syllable);
        if (t != 0) b.append(FINALS.charAt(t));
        return b.toString();
    }
}
