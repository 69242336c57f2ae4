package org.uncounted.model.vocab;

/** Where a person is now, as last known (domain.md §3.2 VictimProfile.currentStatus). Codes are stable. */
public enum CurrentStatus implements Vocabulary {
    IN_NK("in_nk"),
    IN_CHINA("in_china"),
    IN_THIRD_COUNTRY("in_third_country"),
    IN_ROK("in_rok"),
    DETAINED("detained"),
    REPATRIATED("repatriated"),
    DECEASED("deceased"),
    UNKNOWN("unknown");

    private final String code;

    CurrentStatus(String code) {
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
    public static CurrentStatus fromCode(String code) {
        return Vocabulary.fromCode(CurrentStatus.class, code);
    }
}
