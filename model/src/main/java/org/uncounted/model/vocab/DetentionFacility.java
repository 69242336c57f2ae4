package org.uncounted.model.vocab;

/** Facility after repatriation (domain.md §3.2). Codes are stable. */
public enum DetentionFacility implements Vocabulary {
    /** 집결소. */
    HOLDING_CENTRE("holding_centre"),
    /** 로동단련대. */
    LABOUR_TRAINING_CAMP("labour_training_camp"),
    /** 교화소. */
    PRISON("prison"),
    /** 관리소. */
    POLITICAL_PRISON_CAMP("political_prison_camp"),
    /** Released after interrogation. */
    INTERROGATION_ONLY("interrogation_only"),
    UNKNOWN("unknown");

    private final String code;

    DetentionFacility(String code) {
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
    public static DetentionFacility fromCode(String code) {
        return Vocabulary.fromCode(DetentionFacility.class, code);
    }
}
