package org.uncounted.model.vocab;

/** How the source knows what it asserts (ESF source_connection_to_information, micro-thesaurus 19). Codes are stable. */
public enum SourceConnection implements Vocabulary {
    /** The victim herself. */
    DIRECT_VICTIM("direct_victim"),
    /** Saw it happen. */
    EYEWITNESS("eyewitness"),
    /** Heard from others. */
    HEARSAY("hearsay"),
    /** Read in a document. */
    DOCUMENT("document"),
    /** Not recorded. */
    UNKNOWN("unknown");

    private final String code;

    SourceConnection(String code) {
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
    public static SourceConnection fromCode(String code) {
        return Vocabulary.fromCode(SourceConnection.class, code);
    }
}
