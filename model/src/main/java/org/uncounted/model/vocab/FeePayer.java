package org.uncounted.model.vocab;

/** Who paid a fee. Codes are stable. */
public enum FeePayer implements Vocabulary {
    SELF("self"),
    FAMILY("family"),
    /** Paid by a broker, to be recovered from her. */
    BROKER_ON_CREDIT("broker_on_credit"),
    /** A rescuer, church or NGO. */
    HELPER("helper"),
    UNKNOWN("unknown");

    private final String code;

    FeePayer(String code) {
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
    public static FeePayer fromCode(String code) {
        return Vocabulary.fromCode(FeePayer.class, code);
    }
}
