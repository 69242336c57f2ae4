package org.uncounted.model.vocab;

/** What followed an escape. Codes are stable. */
public enum EscapeOutcome implements Vocabulary {
    /** Reached safety (in hiding or onward). */
    FREE("free"),
    RECAPTURED("recaptured"),
    /** Sold again. */
    RETRAFFICKED("retrafficked"),
    ARRESTED("arrested"),
    UNKNOWN("unknown");

    private final String code;

    EscapeOutcome(String code) {
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
    public static EscapeOutcome fromCode(String code) {
        return Vocabulary.fromCode(EscapeOutcome.class, code);
    }
}
