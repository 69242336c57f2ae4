package org.uncounted.model.vocab;

/** Sex as recorded (HTCDS prs_Gender reduced to what sources report; CTDC gender). Codes are stable. */
public enum Sex implements Vocabulary {
    /** CTDC Female, HTCDS Feminine. */
    FEMALE("female"),
    /** CTDC Male, HTCDS Masculine. */
    MALE("male"),
    /** HTCDS TransgenderFeminine, TransgenderMasculine, NonConforming. */
    OTHER("other"),
    /** HTCDS NonSpecifiedUnknown. */
    UNKNOWN("unknown");

    private final String code;

    Sex(String code) {
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
    public static Sex fromCode(String code) {
        return Vocabulary.fromCode(Sex.class, code);
    }
}
