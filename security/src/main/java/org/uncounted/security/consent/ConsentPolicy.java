package org.uncounted.security.consent;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;
import org.uncounted.model.Consent;
import org.uncounted.model.vocab.ConsentPurpose;

/**
 * Decides whether a case's {@link Consent} allows a {@link Use} on a date. Deny by default: no
 * recorded consent allows nothing. The store uses {@link #permits} to filter analysis inputs and
 * {@link #affectedBy} to list the stored analyses a withdrawal touches.
 */
public final class ConsentPolicy {
    private ConsentPolicy() {}

    /**
     * True if every purpose the use needs was granted on or before {@code date} and not withdrawn
     * since. For {@link Use#SHARING}, {@code partner} names the partner (required); otherwise null.
     */
    public static boolean allows(Consent consent, Use use, String partner, LocalDate date) {
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(date, "date");
        if (use == Use.SHARING && partner == null) {
            throw new IllegalArgumentException("sharing needs a named partner");
        }
        for (ConsentPurpose p : use.requires()) {
            boolean ok = p == ConsentPurpose.SHARE ? consent.allows(p, partner, date) : consent.allows(p, date);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** {@link #allows} for uses without a partner. */
    public static boolean allows(Consent consent, Use use, LocalDate date) {
        return allows(consent, use, null, date);
    }

    /** The predicate to filter cases for an analysis of this use run on {@code date}. */
    public static Predicate<Consent> permits(Use use, LocalDate date) {
        return c -> allows(c, use, date);
    }

    /**
     * True if a stored analysis of {@code use} that included a case (it was allowed on
     * {@code analysisDate}) is affected by the case's consent as it stands on {@code today}: the
     * analysis used the case and may no longer.
     */
    public static boolean affectedBy(Consent current, Use use, LocalDate analysisDate, LocalDate today) {
        return allows(current, use, analysisDate) && !allows(current, use, today);
    }

    /** True if consent to keep the record is absent or withdrawn on {@code date}: the case is due for purge. */
    public static boolean duePurge(Consent consent, LocalDate date) {
        return !consent.allows(ConsentPurpose.STORE, date);
    }
}
