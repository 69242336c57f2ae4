package org.uncounted.model;

import java.time.LocalDate;
import org.uncounted.model.vocab.ConsentPurpose;

/**
 * Consent withdrawn on a date: for one purpose, or for all purposes when {@code purpose} is null;
 * for sharing, with one partner or (partner null) with all.
 */
public record ConsentWithdrawal(ConsentPurpose purpose, String partner, LocalDate date) {
    public ConsentWithdrawal {
        Checks.required("withdrawal.date", date);
        if (partner != null && purpose != ConsentPurpose.SHARE) {
            throw new InvalidCaseException(
                    "withdrawal.partner", partner, "only a withdrawal of sharing names a partner");
        }
    }

    boolean covers(ConsentPurpose p, String partnerAsked) {
        return (purpose == null || purpose == p) && (partner == null || partner.equals(partnerAsked));
    }
}
