package org.uncounted.store;

import java.math.BigDecimal;

/**
 * The coded view of one event: type, years, province-level place, price. Nullable fields were not
 * recorded. Every event names the source that asserted it and how reliable that source judged it.
 */
public record EventSummary(
        long caseId,
        int position,
        String type,
        String assertedBy,
        String reliability,
        Integer yearFrom,
        Integer yearTo,
        String datePrecision,
        String country,
        String province,
        String exploitationType,
        BigDecimal priceAmount,
        String priceCurrency,
        Integer priceYear) {}
