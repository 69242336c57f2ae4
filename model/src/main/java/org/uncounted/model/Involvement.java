package org.uncounted.model;

import org.uncounted.model.vocab.InvolvementRole;
import org.uncounted.model.vocab.RecruiterRelation;

/**
 * A person's part in an event (ESF involvement): which person of the case, in which role, and,
 * for perpetrators, how the victim knew them before (null if not recorded).
 */
public record Involvement(String personId, InvolvementRole role, RecruiterRelation relationToVictim) {
    public Involvement {
        Checks.id("personId", personId);
        Checks.required("role", role);
    }

    public static Involvement of(String personId, InvolvementRole role) {
        return new Involvement(personId, role, null);
    }

    public static Involvement victim(String personId) {
        return new Involvement(personId, InvolvementRole.VICTIM, null);
    }
}
