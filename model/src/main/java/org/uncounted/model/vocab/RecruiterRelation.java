package org.uncounted.model.vocab;

/** How the victim knew the recruiter before (CTDC recruiterRelation*; HTCDS RelationshipToTrafficker). Codes are stable. */
public enum RecruiterRelation implements Vocabulary {
    INTIMATE_PARTNER("intimate_partner"),
    FRIEND("friend"),
    FAMILY("family"),
    /** Known, but neither friend nor family (CTDC Other). */
    ACQUAINTANCE("acquaintance"),
    /** Unacquainted (CTDC Other). */
    NONE("none"),
    UNKNOWN("unknown");

    private final String code;

    RecruiterRelation(String code) {
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
    public static RecruiterRelation fromCode(String code) {
        return Vocabulary.fromCode(RecruiterRelation.class, code);
    }
}
