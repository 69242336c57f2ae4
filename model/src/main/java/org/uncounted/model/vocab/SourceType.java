package org.uncounted.model.vocab;

/** Type of source material (ESF micro-thesaurus 16, domain.md §3.2; CTDC Datasource). Codes are stable. */
public enum SourceType implements Vocabulary {
    /** Interview with the victim or a witness. */
    INTERVIEW("interview"),
    /** Written testimony. */
    WRITTEN_STATEMENT("written_statement"),
    /** Official or private document. */
    DOCUMENT("document"),
    /** Press or broadcast report. */
    MEDIA("media"),
    /** NGO, UN or research report. */
    SECONDARY_REPORT("secondary_report"),
    /** Official statistic. */
    STATISTIC("statistic"),
    /** Case-management record (CTDC Datasource 'Case Management'). */
    CASE_MANAGEMENT("case_management"),
    /** Hotline contact (CTDC Datasource 'Hotline'). */
    HOTLINE("hotline");

    private final String code;

    SourceType(String code) {
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
    public static SourceType fromCode(String code) {
        return Vocabulary.fromCode(SourceType.class, code);
    }
}
