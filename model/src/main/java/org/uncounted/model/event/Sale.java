package org.uncounted.model.event;

import org.uncounted.model.Checks;
import org.uncounted.model.Involvement;
import org.uncounted.model.money.Money;
import org.uncounted.model.vocab.EventType;
import org.uncounted.model.vocab.SaleType;

/**
 * A sale of the victim (ESF act "trafficking/sale"; HTCDS Sold/Bought individual). {@code
 * saleIndex} counts sales of this victim (1 = first; 0 = unknown). The price, seller and buyer may be
 * null; a price must be greater than zero and below its currency's absurdity bound.
 */
public record Sale(EventCore core, Money price, int saleIndex, SaleType saleType, Involvement seller, Involvement buyer)
        implements Event {
    public Sale {
        Checks.required("core", core);
        saleType = saleType == null ? SaleType.OTHER : saleType;
        Transfers.check(price, saleIndex, 1);
    }

    @Override
    public EventType type() {
        return EventType.SALE;
    }
}
