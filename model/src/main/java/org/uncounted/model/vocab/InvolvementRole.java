package org.uncounted.model.vocab;

import java.util.Optional;

/**
 * The part a person played in an event (ESF involvement): the victim, one of the {@link
 * PerpetratorRole}s, or a helper or witness. Codes are stable; perpetrator codes equal the {@link
 * PerpetratorRole} codes.
 */
public enum InvolvementRole implements Vocabulary {
    VICTIM("victim", null),
    RECRUITER_NK("recruiter_nk", PerpetratorRole.RECRUITER_NK),
    GUIDE_SMUGGLER("guide_smuggler", PerpetratorRole.GUIDE_SMUGGLER),
    BORDER_GUARD_BRIBED("border_guard_bribed", PerpetratorRole.BORDER_GUARD_BRIBED),
    BROKER_WHOLESALE("broker_wholesale", PerpetratorRole.BROKER_WHOLESALE),
    BROKER_RETAIL("broker_retail", PerpetratorRole.BROKER_RETAIL),
    BUYER_HUSBAND("buyer_husband", PerpetratorRole.BUYER_HUSBAND),
    HUSBAND_FAMILY("husband_family", PerpetratorRole.HUSBAND_FAMILY),
    BROTHEL_OWNER("brothel_owner", PerpetratorRole.BROTHEL_OWNER),
    MADAM("madam", PerpetratorRole.MADAM),
    CYBERSEX_OPERATOR("cybersex_operator", PerpetratorRole.CYBERSEX_OPERATOR),
    KIDNAPPER("kidnapper", PerpetratorRole.KIDNAPPER),
    CLIENT("client", PerpetratorRole.CLIENT),
    POLICE_OFFICER("police_officer", PerpetratorRole.POLICE_OFFICER),
    STATE_SECURITY_AGENT("state_security_agent", PerpetratorRole.STATE_SECURITY_AGENT),
    OTHER_PERPETRATOR("other", PerpetratorRole.OTHER),
    /** Someone who helped her escape or move on (rescuer, church, NGO). */
    HELPER("helper", null),
    /** Someone who saw the event. */
    WITNESS("witness", null);

    private final String code;
    private final PerpetratorRole perpetratorRole;

    InvolvementRole(String code, PerpetratorRole perpetratorRole) {
        this.code = code;
        this.perpetratorRole = perpetratorRole;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isPerpetrator() {
        return perpetratorRole != null;
    }

    /** The perpetrator role, empty for victim, helper and witness. */
    public Optional<PerpetratorRole> perpetratorRole() {
        return Optional.ofNullable(perpetratorRole);
    }

    /** The involvement role for a perpetrator role. */
    public static InvolvementRole of(PerpetratorRole role) {
        for (InvolvementRole r : values()) {
            if (r.perpetratorRole == role) {
                return r;
            }
        }
        throw new IllegalStateException("no involvement role for " + role);
    }

    /**
     * The value with this code.
     *
     * @throws UnknownVocabularyValueException if the code is not one of this vocabulary's
     */
    public static InvolvementRole fromCode(String code) {
        return Vocabulary.fromCode(InvolvementRole.class, code);
    }
}
