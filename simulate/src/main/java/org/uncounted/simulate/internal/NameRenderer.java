package org.uncounted.simulate.internal;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a true name the way a record would: in a script and romanization, with the spelling
 * variation that real documents show (Kim/Gim, Young-hee/Yong Hui/Yŏng-hŭi, 리/이, Chinese aliases).
 */
public final class NameRenderer {
    private final double romanizationVariant;
    private final double nkSpelling;
    private final double givenFirst;

    public NameRenderer(double romanizationVariant, double nkSpelling, double givenFirst) {
        this.romanizationVariant = romanizationVariant;
        this.nkSpelling = nkSpelling;
        this.givenFirst = givenFirst;
    }

    public RecordedName render(KoreanName n, String form, SplittableRandom r) {
        return switch (form) {
            case "hangul" -> hangul(n, r);
            case "hanja" -> korean(n.surname().hanja(), hanjaGiven(n), "hanja");
            case "pinyin" -> korean(n.surname().pinyin(), pinyinGiven(n), "pinyin");
            case "rr" -> roman(surnameRoman(n.surname(), n.surname().common(), r), rrGiven(n, r), "rr", r);
            case "mr" -> roman(mrSurname(n.surname(), r), mrGiven(n, r), "mr", r);
            case "mr-plain" ->
                roman(
                        plain(mrSurname(n.surname(), r)),
                        plain(mrGiven(n, r)).replace('-', r.nextBoolean() ? '-' : ' '),
                        "mr-plain",
                        r);
            case "adhoc" -> roman(surnameRoman(n.surname(), n.surname().common(), r), adhocGiven(n, r), "adhoc", r);
            default -> throw new IllegalArgumentException("unknown name form '" + form + "'");
        };
    }

    public RecordedName alias(ChineseAlias a, SplittableRandom r) {
        if (r.nextBoolean()) {
            return new RecordedName(a.surnameHanzi() + a.givenHanzi(), a.surnameHanzi(), a.givenHanzi(), "alias-hanzi");
        }
        return new RecordedName(
                a.surnamePinyin() + " " + a.givenPinyin(), a.surnamePinyin(), a.givenPinyin(), "alias-pinyin");
    }

    /** A pseudonym unrelated to her name: "Ms Song" or a romanized given name such as "Mi-ran". */
    public RecordedName pseudonym(SplittableRandom r) {
        if (r.nextBoolean()) {
            return new RecordedName("Ms " + NameTables.drawPseudonymSurname(r).common(), "", "", "pseudonym");
        }
        KoreanName other = NameTables.drawName(r);
        return new RecordedName(cap(other.first().rr()) + "-" + other.second().rr(), "", "", "pseudonym");
    }

    private RecordedName hangul(KoreanName n, SplittableRandom r) {
        boolean nk = r.nextDouble() < nkSpelling;
        String sn = nk ? n.surname().hangulNk() : n.surname().hangul();
        String given =
                (nk ? n.first().hangulNk() : n.first().hangul()) + n.second().hangul();
        return korean(sn, given, "hangul");
    }

    private static RecordedName korean(String sn, String given, String form) {
        String sep = form.equals("pinyin") ? " " : "";
        return new RecordedName(sn + sep + given, sn, given, form);
    }

    private RecordedName roman(String sn, String given, String form, SplittableRandom r) {
        String full = r.nextDouble() < givenFirst ? given + " " + sn : sn + " " + given;
        return new RecordedName(full, sn, given, form);
    }

    private String surnameRoman(Surname s, String common, SplittableRandom r) {
        List<String> v = s.variants();
        if (!v.isEmpty() && r.nextDouble() < romanizationVariant) return v.get(r.nextInt(v.size()));
        return common;
    }

    private String mrSurname(Surname s, SplittableRandom r) {
        return r.nextDouble() < nkSpelling ? s.mrNk() : s.mr();
    }

    private static String hanjaGiven(KoreanName n) {
        return n.first().hanja().get(n.hanjaFirst()) + n.second().hanja().get(n.hanjaSecond());
    }

    private static String pinyinGiven(KoreanName n) {
        return cap(n.first().pinyin().get(n.hanjaFirst())) + n.second().pinyin().get(n.hanjaSecond());
    }

    private static String rrGiven(KoreanName n, SplittableRandom r) {
        return cap(n.first().rr()) + (r.nextBoolean() ? "-" : "") + n.second().rr();
    }

    private String mrGiven(KoreanName n, SplittableRandom r) {
        boolean nk = r.nextDouble() < nkSpelling
                && !n.first().hangulNk().equals(n.first().hangul());
        String first =
                nk ? "Ry" + n.first().mrInitial().substring(1) : n.first().mrInitial();
        return first + "-" + n.second().mrMedial();
    }

    private static String adhocGiven(KoreanName n, SplittableRandom r) {
        String a = pick(n.first().adhoc(), r);
        String b = pick(n.second().adhoc(), r);
        return switch (r.nextInt(3)) {
            case 0 -> cap(a) + "-" + b;
            case 1 -> cap(a) + b;
            default -> cap(a) + " " + cap(b);
        };
    }

    private static String pick(List<String> xs, SplittableRandom r) {
        return xs.get(r.nextInt(xs.size()));
    }

    /** MR without diacritics: breves and apostrophes dropped (Ch'oe → Choe, Yŏng-hŭi → Yong-hui). */
    static String plain(String s) {
        return s.replace("ŏ", "o")
                .replace("Ŏ", "O")
                .replace("ŭ", "u")
                .replace("Ŭ", "U")
                .replace("'", "");
    }

    static String cap(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
