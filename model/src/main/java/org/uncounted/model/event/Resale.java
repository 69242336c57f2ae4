package org.uncounted.model.event;

import org.uncounted.model.Checks;
import org.uncounted.model.Involvement;
import org.uncounted.model.money.Money;
import org.uncounted.model.vocab.EventType;
import org.uncounted.model.vocab.SaleType;

/**
 * A later sale by a buyer or broker who had already bought her ("many are sold more than once",
 * KFI). Same fields and rules as {@link Sale}; {@code saleIndex} is 0 (unknown) or at least 2.
 */
public record Resale(
        EventCore core, Money price, int saleIndex, SaleType saleType, Involvement seller, Involvement buyer)
        implements Event {
    public Resale {
        Checks.required("core", core);
        saleType = saleType == null ? SaleType.OTHER : saleType;
        Transfers.check(price, saleIndex, 2);
    }

    @Override
    public EventType type() {
        return EventType.RESALE;
    }
}
