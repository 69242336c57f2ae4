package org.uncounted.model.vocab;

/** Means of control (CTDC meansOfControl* and HTCDS MethodsOfControl, plus two from domain.md §3.2). Codes are stable. */
public enum MeansOfControl implements Vocabulary {
    /** CTDC meansOfControlDebtBondage. */
    DEBT_BONDAGE("debt_bondage"),
    /** CTDC meansOfControlTakesEarnings. */
    TAKES_EARNINGS("takes_earnings"),
    RESTRICTS_FINANCIAL_ACCESS("restricts_financial_access"),
    /** CTDC meansOfControlThreats. */
    THREATS("threats"),
    PSYCHOLOGICAL_ABUSE("psychological_abuse"),
    PHYSICAL_ABUSE("physical_abuse"),
    SEXUAL_ABUSE("sexual_abuse"),
    FALSE_PROMISES("false_promises"),
    PSYCHOACTIVE_SUBSTANCES("psychoactive_substances"),
    RESTRICTS_MOVEMENT("restricts_movement"),
    RESTRICTS_MEDICAL_CARE("restricts_medical_care"),
    EXCESSIVE_WORKING_HOURS("excessive_working_hours"),
    USES_CHILDREN("uses_children"),
    THREAT_OF_LAW_ENFORCEMENT("threat_of_law_enforcement"),
    WITHHOLDS_NECESSITIES("withholds_necessities"),
    WITHHOLDS_DOCUMENTS("withholds_documents"),
    /** Threat to denounce her to Chinese police (not a CTDC column; exported as ThreatOfLawEnforcement). */
    THREAT_OF_DENUNCIATION("threat_of_denunciation"),
    /** Ownership tattoos (not a CTDC column; exported as Other). */
    TATTOO_BRANDING("tattoo_branding"),
    OTHER("other");

    private final String code;

    MeansOfControl(String code) {
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
    public static MeansOfControl fromCode(String code) {
        return Vocabulary.fromCode(MeansOfControl.class, code);
    }
}
