package org.uncounted.model.vocab;

/** Role of a perpetrator in the trafficking process (domain.md §3.2; HTCDS per_RoleInProcess). Codes are stable. */
public enum PerpetratorRole implements Vocabulary {
    /** Recruiter or intermediary inside North Korea; HTCDS RecruiterOrIntermediary. */
    RECRUITER_NK("recruiter_nk"),
    /** Guide across the border; HTCDS Smuggler/Transporter. */
    GUIDE_SMUGGLER("guide_smuggler"),
    /** North Korean border guard who took a bribe. */
    BORDER_GUARD_BRIBED("border_guard_bribed"),
    /** Broker who receives women at the border and sells them on; HTCDS BrokerTravelAgent/SoldIndividual. */
    BROKER_WHOLESALE("broker_wholesale"),
    /** Broker who sells to the final buyer; HTCDS SoldIndividual. */
    BROKER_RETAIL("broker_retail"),
    /** Man who bought a woman as a 'wife'; HTCDS BoughtIndividual/Exploiter. */
    BUYER_HUSBAND("buyer_husband"),
    /** Members of the buyer's family who control her. */
    HUSBAND_FAMILY("husband_family"),
    /** Owner of a brothel, karaoke bar, bathhouse; HTCDS Exploiter. */
    BROTHEL_OWNER("brothel_owner"),
    /** Manager who controls women in a brothel; HTCDS Exploiter. */
    MADAM("madam"),
    /** Operator of a cybersex den; HTCDS Exploiter. */
    CYBERSEX_OPERATOR("cybersex_operator"),
    /** HTCDS Kidnapper. */
    KIDNAPPER("kidnapper"),
    /** Client of prostitution or cybersex; HTCDS Abuser. */
    CLIENT("client"),
    /** Police officer complicit or abusive. */
    POLICE_OFFICER("police_officer"),
    /** State security agent (NK MSS, CN PSB) acting as perpetrator. */
    STATE_SECURITY_AGENT("state_security_agent"),
    /** Any other role. */
    OTHER("other");

    private final String code;

    PerpetratorRole(String code) {
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
    public static PerpetratorRole fromCode(String code) {
        return Vocabulary.fromCode(PerpetratorRole.class, code);
    }
}
