package org.uncounted.model;

import java.time.LocalDate;
import org.uncounted.model.vocab.ConsentMethod;
import org.uncounted.model.vocab.ConsentPurpose;

/**
 * Consent given for one purpose on a date. {@code partner} names the organisation for {@link
 * ConsentPurpose#SHARE} (required there) and is null otherwise.
 */
public record ConsentGrant(ConsentPurpose purpose, String partner, LocalDate date, ConsentMethod method) {
    public ConsentGrant {
        Checks.required("consent.purpose", purpose);
        Checks.required("consent.date", date);
        method = method == null ? ConsentMethod.UNKNOWN : method;
        if (purpose == ConsentPurpose.SHARE) {
            Checks.id("consent.partner", partner);
        } else if (partner != null) {
            throw new InvalidCaseException("consent.partner", partner, "only consent to share names a partner");
        }
    }
}
