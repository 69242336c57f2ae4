package org.uncounted.model.vocab;

/** Border river crossed. Codes are stable. */
public enum River implements Vocabulary {
    /** 두만강 / 图们江. */
    TUMEN("tumen"),
    /** 압록강 / 鸭绿江. */
    YALU("yalu"),
    OTHER("other"),
    UNKNOWN("unknown");

    private final String code;

    River(String code) {
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
    public static River fromCode(String code) {
        return Vocabulary.fromCode(River.class, code);
    }
}
