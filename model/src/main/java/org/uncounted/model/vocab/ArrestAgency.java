package org.uncounted.model.vocab;

/** Agency that arrested. Codes are stable. */
public enum ArrestAgency implements Vocabulary {
    /** Chinese Public Security Bureau. */
    CN_PSB("cn_psb"),
    /** Chinese border or immigration police. */
    CN_BORDER("cn_border"),
    /** NK Ministry of State Security (국가보위성). */
    NK_STATE_SECURITY("nk_state_security"),
    OTHER("other"),
    UNKNOWN("unknown");

    private final String code;

    ArrestAgency(String code) {
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
    public static ArrestAgency fromCode(String code) {
        return Vocabulary.fromCode(ArrestAgency.class, code);
    }
}
