package org.uncounted.model.vocab;

/**
 * Reliability of a piece of information, after HURIDOCS ESF micro-thesaurus 42 ("reliability"), as
 * referenced by OpenEvSys. The four levels are our reduction; the exact ESF term list was not
 * checked against the thesaurus in this session. Codes are stable.
 */
public enum Reliability implements Vocabulary {
    /** Consistent, first-hand, corroborated. */
    HIGH("high"),
    /** Plausible, partly corroborated. */
    MEDIUM("medium"),
    /** Uncorroborated or second-hand. */
    LOW("low"),
    /** Not assessed. */
    UNKNOWN("unknown");

    private final String code;

    Reliability(String code) {
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
    public static Reliability fromCode(String code) {
        return Vocabulary.fromCode(Reliability.class, code);
    }
}
