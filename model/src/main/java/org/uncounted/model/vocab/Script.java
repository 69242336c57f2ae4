package org.uncounted.model.vocab;

/** Script or romanisation system of a name variant. Codes are stable. */
public enum Script implements Vocabulary {
    /** Korean alphabet. */
    HANGUL("hangul"),
    /** Chinese characters as used in Korean (traditional). */
    HANJA("hanja"),
    /** Chinese characters (usually simplified). */
    HANZI("hanzi"),
    /** Revised Romanization of Korean. */
    LATIN_RR("latin_rr"),
    /** McCune–Reischauer. */
    LATIN_MR("latin_mr"),
    /** Hanyu Pinyin. */
    LATIN_PINYIN("latin_pinyin"),
    /** Other or unknown Latin spelling (e.g. 'Pak', 'Rhee'). */
    LATIN_OTHER("latin_other"),
    OTHER("other");

    private final String code;

    Script(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * The value with this code.
     *
     * @throws UnknownVocabularyValueException if the code is not one of this vocabulary's
     */
    public static Script fromCode(String code) {
        return Vocabulary.fromCode(Script.class, code);
    }
}
