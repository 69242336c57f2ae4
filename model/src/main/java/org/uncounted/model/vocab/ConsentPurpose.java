package org.uncounted.model.vocab;

/** A use of a person's data that needs her consent (domain.md §3.2 Consent scopes; HTCDS AgreementToManagePersonalData). Codes are stable. */
public enum ConsentPurpose implements Vocabulary {
    /** Documentation: keep the record. */
    STORE("store"),
    /** Use in statistics (counts, estimates). */
    ANALYSE("analyse"),
    /** Anonymised quotation or case summary in publications. */
    PUBLISH_ANONYMISED("publish_anonymised"),
    /** Share the record with a named partner organisation. */
    SHARE("share"),
    /** The survivor chooses to be named in public. */
    PUBLIC_IDENTITY("public_identity"),
    /** Use as evidence in legal or accountability proceedings. */
    LEGAL_PROCEEDINGS("legal_proceedings");

    private final String code;

    ConsentPurpose(String code) {
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
    public static ConsentPurpose fromCode(String code) {
        return Vocabulary.fromCode(ConsentPurpose.class, code);
    }
}
