package org.uncounted.model.vocab;

/** How the arrest happened. Codes are stable. */
public enum ArrestMethod implements Vocabulary {
    RAID("raid"),
    CHECKPOINT("checkpoint"),
    DENUNCIATION("denunciation"),
    INFORMANT_REWARD("informant_reward"),
    OTHER("other"),
    UNKNOWN("unknown");

    private final String code;

    ArrestMethod(String code) {
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
    public static ArrestMethod fromCode(String code) {
        return Vocabulary.fromCode(ArrestMethod.class, code);
    }
}
