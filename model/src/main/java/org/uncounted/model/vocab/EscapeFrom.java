package org.uncounted.model.vocab;

/** What she escaped from. Codes are stable. */
public enum EscapeFrom implements Vocabulary {
    BUYER("buyer"),
    BROTHEL("brothel"),
    /** Cybersex den. */
    DEN("den"),
    DETENTION("detention"),
    BROKER("broker"),
    OTHER("other");

    private final String code;

    EscapeFrom(String code) {
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
    public static EscapeFrom fromCode(String code) {
        return Vocabulary.fromCode(EscapeFrom.class, code);
    }
}
