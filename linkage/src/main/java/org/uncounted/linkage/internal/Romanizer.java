package org.uncounted.linkage.internal;

import java.util.Locale;
import org.uncounted.linkage.RomanizationSystem;

/**
 * Table-driven romanizer for the three systems of {@link RomanizationSystem}. Non-Hangul
 * characters pass through unchanged. Words get the boundary sound changes of {@link
 * SoundChanges}; personal names follow each system's name convention (see {@link #personalName}).
 */
public final class Romanizer {
    private static final String[] RR_VOWELS = {
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu",
        "ui", "i"
    };
    private static final String[] MR_VOWELS = {
        "a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ",
        "ŭi", "i"
    };
    private static final String[] NK_VOWELS = {
        "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u",
        "ui", "i"
    };
    // initials ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ
    private static final String[] RR_INITIALS = {
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"
    };
    private static final String[] MR_INITIALS = {
        "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h"
    };
    private static final String[] NK_INITIALS = {
        "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"
    };
    private static final String[] FINALS = {"", "k", "n", "t", "l", "m", "p", "ng"};

    private final RomanizationSystem system;

    public Romanizer(RomanizationSystem system) {
        this.system = system;
    }

    /** A word (place name, common noun) with boundary sound changes, lower case. */
    public String word(String hangul) {
        return render(hangul, true, "");
    }

    /** Syllables romanized one by one and joined with {@code separator}; no boundary changes. */
    public String syllables(String hangul, String separator) {
        return render(hangul, false, separator);
    }

    /**
     * A personal name in the system's convention, family name first. RR (2000, art. 3.4): given
     * name written together, no sound change across its syllables ("Han Boknam"), hyphen allowed.
     * MR: given name syllables hyphenated, the second in lower case, with voicing ("Kim
     * Chŏng-ŭn"). DPRK: each syllable a capitalised word, voicing inside the given name ("Kim Kye
     * Gwan"). The family name is romanized strictly; conventional spellings (Kim, Lee, Park) come
     * from the surname table, not from here.
     */
    public String personalName(String surname, String given, boolean hyphen) {
        String fam = capitalize(syllables(surname, ""));
        String giv;
        switch (system) {
            case REVISED -> giv = capitalize(syllables(given, hyphen ? "-" : ""));
            case MCCUNE_REISCHAUER -> giv = capitalize(render(given, true, "-", false));
            default -> giv = capitalizeEach(render(given, true, " ", false));
        }
        return giv.isEmpty() ? fam : fam.isEmpty() ? giv : fam + " " + giv;
    }

    private String render(String text, boolean changes, String sep) {
        return render(text, changes, sep, changes);
    }

    private String render(String text, boolean voice, String sep, boolean assimilate) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && Hangul.isSyllable(text.charAt(j))) j++;
            if (j == i) {
                out.append(text.charAt(i++));
                continue;
            }
            appendRun(out, text.substring(i, j).toCharArray(), voice, sep, assimilate);
            i = j;
        }
        return out.toString();
    }

    private void appendRun(StringBuilder out, char[] syl, boolean voice, String sep, boolean assimilate) {
        int n = syl.length;
        int[] ini = new int[n];
        int[] fin = new int[n];
        if (assimilate) SoundChanges.apply(syl, ini, fin);
        else SoundChanges.isolate(syl, ini, fin);
        for (int k = 0; k < n; k++) {
            if (k > 0) out.append(sep);
            int prevFinal = k == 0 ? -1 : fin[k - 1];
            out.append(initial(ini[k], Hangul.vowel(syl[k]), prevFinal, voice && k > 0, !sep.isEmpty()));
            out.append(vowel(Hangul.vowel(syl[k])));
            out.append(FINALS[fin[k]]);
        }
    }

    private String initial(int ini, int vowel, int prevFinal, boolean voiced, boolean separated) {
        if (ini == Hangul.R) {
            // ㄹ after ㄹ is l (ll); after a vowel r; word-initially r.
            return prevFinal == SoundChanges.L && !separated ? "l" : "r";
        }
        if (system == RomanizationSystem.REVISED) return RR_INITIALS[ini];
        // MR writes n'g where ㄴ meets ㄱ, to keep it apart from ng.
        if (system == RomanizationSystem.MCCUNE_REISCHAUER
                && prevFinal == SoundChanges.N
                && ini == Hangul.G
                && !separated) return "'g";
        boolean afterVoiced = prevFinal == SoundChanges.NONE
                || prevFinal == SoundChanges.N
                || prevFinal == SoundChanges.L
                || prevFinal == SoundChanges.M
                || prevFinal == SoundChanges.NG;
        if (voiced && afterVoiced) {
            switch (ini) {
                case Hangul.G:
                    return "g";
                case Hangul.D:
                    return "d";
                case Hangul.B:
                    return "b";
                case Hangul.J:
                    return "j";
                default:
                    break;
            }
        }
        if (system == RomanizationSystem.MCCUNE_REISCHAUER) {
            if (ini == Hangul.S && vowel == 16) return "sh"; // 쉬 shwi
            return MR_INITIALS[ini];
        }
        return NK_INITIALS[ini];
    }

    private String vowel(int v) {
        return switch (system) {
            case REVISED -> RR_VOWELS[v];
            case MCCUNE_REISCHAUER -> MR_VOWELS[v];
            default -> NK_VOWELS[v];
        };
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String capitalizeEach(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return b.toString();
    }
}
