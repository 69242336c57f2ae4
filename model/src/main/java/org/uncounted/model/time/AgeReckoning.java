package org.uncounted.model.time;

import org.uncounted.model.vocab.Vocabulary;

/**
 * How an age was counted. Korean age (세는나이) counts one at birth and adds one every New Year, so
 * it exceeds the international age by one or two years.
 */
public enum AgeReckoning implements Vocabulary {
    /** Completed years since birth. */
    INTERNATIONAL("international"),
    /** 세는나이: calendar year minus birth year plus one. */
    KOREAN("korean"),
    /** The source did not say; either may apply. */
    UNKNOWN("unknown");

    private final String code;

    AgeReckoning(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** @throws org.uncounted.model.vocab.UnknownVocabularyValueException for an unknown code */
    public static AgeReckoning fromCode(String code) {
        return Vocabulary.fromCode(AgeReckoning.class, code);
    }
}
