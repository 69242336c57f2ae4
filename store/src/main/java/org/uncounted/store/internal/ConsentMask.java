package org.uncounted.store.internal;

import java.util.List;
import org.uncounted.model.vocab.ConsentPurpose;

/**
 * The purposes a case's consent currently allows, as bits ({@code 1 << ConsentPurpose.ordinal()}),
 * so analyses can filter on consent in SQL without reading the sealed document.
 */
public final class ConsentMask {
    private ConsentMask() {}

    public static int of(List<CaseRow.ConsentRow> consents) {
        int mask = 0;
        for (CaseRow.ConsentRow c : consents) {
            if (c.withdrawnOn() == null && c.purpose() != null) mask |= bit(ConsentPurpose.fromCode(c.purpose()));
        }
        return mask;
    }

    public static int bit(ConsentPurpose purpose) {
        return 1 << purpose.ordinal();
    }
}
