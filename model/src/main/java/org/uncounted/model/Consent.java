package org.uncounted.model;

import java.time.LocalDate;
import java.util.List;
import org.uncounted.model.vocab.ConsentPurpose;

/**
 * What a person agreed her data may be used for, and what she later withdrew (domain.md §3.2;
 * HTCDS {@code AgreementToManagePersonalData}). Nothing is allowed without a grant.
 */
public record Consent(List<ConsentGrant> grants, List<ConsentWithdrawal> withdrawals) {
    private static final Consent NONE = new Consent(List.of(), List.of());

    public Consent {
        grants = List.copyOf(grants);
        withdrawals = List.copyOf(withdrawals);
    }

    /** No consent recorded: {@link #allows} is always false. */
    public static Consent none() {
        return NONE;
    }

    /**
     * Whether the purpose (other than sharing) was allowed on {@code date}: a grant on or before
     * that day, and no withdrawal covering it between the grant and that day (a withdrawal on the
     * same day as a grant wins).
     */
    public boolean allows(ConsentPurpose purpose, LocalDate date) {
        return allows(purpose, null, date);
    }

    /** As {@link #allows(ConsentPurpose, LocalDate)}; for {@code SHARE}, with the named partner. */
    public boolean allows(ConsentPurpose purpose, String partner, LocalDate date) {
        LocalDate granted = null;
        for (ConsentGrant g : grants) {
            boolean matches = g.purpose() == purpose
                    && (purpose != ConsentPurpose.SHARE || g.partner().equals(partner));
            if (matches
                    && !g.date().isAfter(date)
                    && (granted == null || g.date().isAfter(granted))) {
                granted = g.date();
            }
        }
        if (granted == null) {
            return false;
        }
        for (ConsentWithdrawal w : withdrawals) {
            if (w.covers(purpose, partner)
                    && !w.date().isBefore(granted)
                    && !w.date().isAfter(date)) {
                return false;
            }
        }
        return true;
    }

    public Consent withGrant(ConsentGrant grant) {
        return new Consent(append(grants, grant), withdrawals);
    }

    public Consent withWithdrawal(ConsentWithdrawal withdrawal) {
        return new Consent(grants, append(withdrawals, withdrawal));
    }

    private static <T> List<T> append(List<T> list, T item) {
        java.util.ArrayList<T> copy = new java.util.ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
