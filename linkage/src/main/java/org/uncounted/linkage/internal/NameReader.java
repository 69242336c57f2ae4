package org.uncounted.linkage.internal;

import java.util.ArrayList;
import java.util.List;
import org.uncounted.linkage.RomanizationSystem;

/**
 * Reads a personal name written in Hangul, Hanja/Hanzi or Latin letters (RR, MR, DPRK,
 * conventional or pinyin) into a {@link NameReading}. A full name is split into surname and given
 * name: Hangul and Han names put the surname first (two-syllable surnames from the table); a
 * Latin name's surname is the first token if the table knows it, else the last ("Younghee Kim"),
 * else the first. When both ends are known surnames, both orders are kept as candidates. A Latin
 * name of one word ("Hae-eun") is a given name only; a title and surname ("Ms Lee") is no name.
 */
public final class NameReader {
    private static final Romanizer RR = new Romanizer(RomanizationSystem.REVISED);

    /**
     * Forms of address: "Ms Lee" is how media and research reports refer to a woman whose name they
     * withhold, so a title with a surname is read as no name at all (a pseudonym, not evidence).
     */
    private static final java.util.Set<String> TITLES =
            java.util.Set.of("ms", "mrs", "miss", "mr", "madam", "madame", "mme", "mdm", "dr");

    private NameReader() {}

    /** Reads a full name (surname and given name in one string). */
    public static NameReading full(String name) {
        if (name == null || name.isBlank()) return NameReading.EMPTY;
        String s = name.strip();
        if (Hangul.containsSyllable(s)) return hangulFull(s);
        if (containsHan(s)) return hanFull(s);
        return latinFull(s);
    }

    /**
     * The two readings of a Latin full name whose first and last tokens are both known surnames
     * ("Zhao Hong": 조 + Hong, or 홍 + Zhao), each with its own surname and given name, or null for
     * any other name ({@link #full} is then its only reading). {@link #full} keeps their union,
     * which blocking needs; a comparison must not take the surname from one order and the given
     * name from the other ("Zhao Hong" and "Liu Hong" would share 홍 and Hong).
     */
    public static NameReading[] orders(String name) {
        if (name == null || name.isBlank()) return null;
        String s = name.strip();
        if (Hangul.containsSyllable(s) || containsHan(s) || !s.contains(" ")) return null;
        List<String> toks = new ArrayList<>(LatinSyllables.tokens(LatinSyllables.fold(s)));
        if (toks.size() < 2 || TITLES.contains(toks.get(0))) return null;
        SurnameTable table = SurnameTable.get();
        if (table.ofLatin(toks.get(0)) == null || table.ofLatin(toks.get(toks.size() - 1)) == null) return null;
        String latin = String.join(" ", toks);
        return new NameReading[] {latinSplit(toks, 0, latin), latinSplit(toks, toks.size() - 1, latin)};
    }

    /** Reads separate surname and given-name fields (either may be null). */
    public static NameReading parts(String surname, String given) {
        long[] sur = surname == null || surname.isBlank() ? new long[0] : surnameKeys(surname.strip());
        NameReading g = given == null || given.isBlank() ? NameReading.EMPTY : givenOnly(given.strip());
        String latin = (surname == null ? "" : latinOf(surname)) + " " + g.latin();
        return new NameReading(sur, g.givenPrecise(), g.givenBroad(), latin.trim());
    }

    private static NameReading hangulFull(String s) {
        String compact = s.replaceAll("[^\\uAC00-\\uD7A3]", "");
        int cut = s.contains(" ")
                ? s.substring(0, s.indexOf(' '))
                        .replaceAll("[^\\uAC00-\\uD7A3]", "")
                        .length()
                : 0;
        if (cut == 0 || cut > 2) {
            cut = compact.length() > 2 && SurnameTable.get().isHangulSurname(compact.substring(0, 2)) ? 2 : 1;
        }
        if (compact.length() <= 1) cut = compact.length();
        long sur = SyllableKey.ofHangul(compact.substring(0, cut));
        long giv = SyllableKey.ofHangul(compact.substring(cut));
        long[] g = giv == 0 ? new long[0] : new long[] {giv};
        String latin = RR.syllables(compact.substring(0, cut), "") + " " + RR.syllables(compact.substring(cut), "");
        return new NameReading(sur == 0 ? new long[0] : new long[] {sur}, g, g, latin.trim());
    }

    private static NameReading hanFull(String s) {
        String compact = s.replaceAll("\\s+", "");
        int cut = compact.length() > 2 && SurnameTable.get().ofHan(compact.substring(0, 2)) != null ? 2 : 1;
        long[] sur = surnameKeys(compact.substring(0, cut));
        long[] giv = hanKeys(compact.substring(cut));
        return new NameReading(sur, giv, giv, latinOf(compact));
    }

    private static NameReading latinFull(String s) {
        List<String> toks = new ArrayList<>(LatinSyllables.tokens(LatinSyllables.fold(s)));
        if (toks.isEmpty()) return NameReading.EMPTY;
        if (TITLES.contains(toks.get(0))) return NameReading.EMPTY;
        if (toks.size() == 1 || !s.strip().contains(" ")) return givenOnly(s);
        SurnameTable table = SurnameTable.get();
        boolean firstKnown = table.ofLatin(toks.get(0)) != null;
        boolean lastKnown = table.ofLatin(toks.get(toks.size() - 1)) != null;
        String latin = String.join(" ", toks);
        if (!firstKnown && lastKnown) return latinSplit(toks, toks.size() - 1, latin);
        NameReading a = latinSplit(toks, 0, latin);
        if (!(firstKnown && lastKnown)) return a;
        NameReading b = latinSplit(toks, toks.size() - 1, latin);
        return new NameReading(
                union(a.surnames(), b.surnames()),
                union(a.givenPrecise(), b.givenPrecise()),
                union(a.givenBroad(), b.givenBroad()),
                latin);
    }

    private static NameReading latinSplit(List<String> toks, int surnameAt, String latin) {
        List<String> given = new ArrayList<>(toks);
        String sur = given.remove(surnameAt);
        long[] s = surnameKeys(sur);
        long[] precise = LatinSyllables.parseTokens(given);
        long[] broad = union(precise, PinyinSyllables.read(given));
        return new NameReading(s, precise, broad, latin);
    }

    private static NameReading givenOnly(String given) {
        if (Hangul.containsSyllable(given)) {
            long k = SyllableKey.ofHangul(given);
            long[] g = k == 0 ? new long[0] : new long[] {k};
            return new NameReading(new long[0], g, g, RR.syllables(given.replaceAll("\\s+", ""), ""));
        }
        if (containsHan(given)) {
            long[] g = hanKeys(given.replaceAll("\\s+", ""));
            return new NameReading(new long[0], g, g, latinOf(given));
        }
        List<String> toks = LatinSyllables.tokens(LatinSyllables.fold(given));
        long[] precise = LatinSyllables.parseTokens(toks);
        return new NameReading(
                new long[0], precise, union(precise, PinyinSyllables.read(toks)), String.join(" ", toks));
    }

    /**
     * True if a value looks like a Korean or Chinese name: Hangul, Han characters, or a Latin
     * first or last token that the surname table knows (the only token, for a surname field).
     */
    public static boolean looksKorean(String value, boolean surnameOnly) {
        if (Hangul.containsSyllable(value) || containsHan(value)) return true;
        List<String> toks = LatinSyllables.tokens(LatinSyllables.fold(value));
        if (toks.isEmpty()) return false;
        SurnameTable t = SurnameTable.get();
        if (surnameOnly) return t.ofLatin(String.join("", toks)) != null;
        return toks.size() > 1 && (t.ofLatin(toks.get(0)) != null || t.ofLatin(toks.get(toks.size() - 1)) != null);
    }

    /** Candidate packed keys of a surname in any script. */
    static long[] surnameKeys(String s) {
        if (Hangul.containsSyllable(s)) {
            long k = SyllableKey.ofHangul(s);
            return k == 0 ? new long[0] : new long[] {k};
        }
        if (containsHan(s)) {
            long[] t = SurnameTable.get().ofHan(s);
            return t != null ? t : hanKeys(s);
        }
        String f = LatinSyllables.fold(s).replace(" ", "");
        long[] t = SurnameTable.get().ofLatin(f);
        return t != null ? t : LatinSyllables.parseToken(f);
    }

    /** All combinations of the Hangul readings of Han characters (at most 5). */
    static long[] hanKeys(String han) {
        HanReadings t = HanReadings.get();
        long[] acc = {0L};
        int n = 0;
        for (char c : han.toCharArray()) {
            String[] rd = t.hangul(c);
            if (rd.length == 0 || ++n > 5) continue;
            LongSet next = new LongSet(acc.length * rd.length);
            for (long a : acc) for (String r : rd) next.add(SyllableKey.append(a, SyllableKey.of(r.charAt(0))));
            acc = next.toSortedArray();
        }
        return n == 0 ? new long[0] : acc;
    }

    static boolean containsHan(String s) {
        for (int i = 0; i < s.length(); i++) if (HanReadings.get().isHan(s.charAt(i))) return true;
        return false;
    }

    /** A folded Latin form: RR for Hangul, first pinyin reading for Han, folded letters otherwise. */
    static String latinOf(String s) {
        if (Hangul.containsSyllable(s)) return RR.syllables(s, "");
        StringBuilder b = new StringBuilder();
        HanReadings t = HanReadings.get();
        for (char c : s.toCharArray()) {
            String p = t.pinyin(c);
            if (p != null) b.append(b.length() > 0 ? " " : "").append(p);
            else b.append(c);
        }
        return LatinSyllables.fold(b.toString());
    }

    static long[] union(long[] a, long[] b) {
        if (b.length == 0) return a;
        if (a.length == 0) return b;
        LongSet s = new LongSet(a.length + b.length);
        for (long v : a) s.add(v);
        for (long v : b) s.add(v);
        return s.toSortedArray();
    }
}
