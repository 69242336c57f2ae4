package org.uncounted.model.vocab;

/** How consent was given. Codes are stable. */
public enum ConsentMethod implements Vocabulary {
    /** Signed form. */
    WRITTEN("written"),
    /** Oral, audio-recorded. */
    ORAL_RECORDED("oral_recorded"),
    /** Oral, noted by the interviewer with a witness. */
    ORAL_WITNESSED("oral_witnessed"),
    /** Given by a guardian for a minor. */
    GUARDIAN("guardian"),
    /** Not recorded. */
    UNKNOWN("unknown");

    private final String code;

    ConsentMethod(String code) {
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
    public static ConsentMethod fromCode(String code) {
        return Vocabulary.fromCode(ConsentMethod.class, code);
    }
}
