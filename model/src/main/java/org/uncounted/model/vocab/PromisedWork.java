package org.uncounted.model.vocab;

/** The work a recruiter promised (domain.md §3.2 Recruitment.promisedJob). Codes are stable. */
public enum PromisedWork implements Vocabulary {
    RESTAURANT("restaurant"),
    FACTORY("factory"),
    /** Domestic or care work. */
    DOMESTIC("domestic"),
    /** A husband in China. */
    MARRIAGE("marriage"),
    /** Nothing was promised. */
    NONE("none"),
    OTHER("other"),
    UNKNOWN("unknown");

    private final String code;

    PromisedWork(String code) {
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
    public static PromisedWork fromCode(String code) {
        return Vocabulary.fromCode(PromisedWork.class, code);
    }
}
