package org.uncounted.model.vocab;

/** Ethnicity as recorded (domain.md §3.2). Codes are stable. */
public enum Ethnicity implements Vocabulary {
    /** Korean (from the DPRK or ROK). */
    KOREAN("korean"),
    /** Ethnic Korean Chinese citizen (조선족, 朝鲜族). */
    CHINESE_KOREAN("chinese_korean"),
    /** Han Chinese. */
    HAN("han"),
    OTHER("other"),
    UNKNOWN("unknown");

    private final String code;

    Ethnicity(String code) {
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
    public static Ethnicity fromCode(String code) {
        return Vocabulary.fromCode(Ethnicity.class, code);
    }
}
