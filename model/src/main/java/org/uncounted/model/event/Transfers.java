package org.uncounted.model.event;

import org.uncounted.model.InvalidCaseException;
import org.uncounted.model.money.Money;

/** Checks shared by {@link Sale} and {@link Resale}. */
final class Transfers {
    static final int MAX_SALE_INDEX = 50;

    private Transfers() {}

    static void check(Money price, int saleIndex, int minIndex) {
        if (price != null) {
            price.requirePlausiblePrice("price");
        }
        if (saleIndex != 0 && (saleIndex < minIndex || saleIndex > MAX_SALE_INDEX)) {
            throw new InvalidCaseException(
                    "saleIndex", saleIndex, "must be 0 (unknown) or between " + minIndex + " and " + MAX_SALE_INDEX);
        }
    }
}
