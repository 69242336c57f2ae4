package org.uncounted.model.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Converts amounts between currencies at the average rate of the amount's own year (the event
 * year, not the interview year; domain.md §7) and deflates them to the prices of a base year.
 *
 * <p>Results are rounded half-even to the target currency's minor digits and carry no {@code
 * asReported} text. Conversions go through USD, so CNY↔EUR is the cross rate of the table.
 */
public final class MoneyConverter {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final MoneyConverter STANDARD = new MoneyConverter(ExchangeRates.standard(), PriceIndex.standard());

    private final ExchangeRates rates;
    private final PriceIndex prices;

    public MoneyConverter(ExchangeRates rates, PriceIndex prices) {
        this.rates = Objects.requireNonNull(rates);
        this.prices = Objects.requireNonNull(prices);
    }

    /** The converter over the shipped tables. */
    public static MoneyConverter standard() {
        return STANDARD;
    }

    /**
     * The same amount in {@code target}, at the average rate of {@code money.year()}.
     *
     * @throws RateNotAvailableException for KPW or a year outside the table
     */
    public Money convert(Money money, Currency target) {
        if (money.currency() == target) {
            return new Money(money.amount(), target, money.year(), null);
        }
        BigDecimal usd = money.amount().divide(rates.unitsPerUsd(money.currency(), money.year()), MC);
        BigDecimal amount = usd.multiply(rates.unitsPerUsd(target, money.year()), MC);
        return new Money(round(amount, target), target, money.year(), null);
    }

    /**
     * The same amount in the prices of {@code baseYear}, in its own currency: {@code amount ×
     * index(baseYear) / index(year)}.
     *
     * @throws RateNotAvailableException if the currency has no index or a year is outside it
     */
    public Money deflate(Money money, int baseYear) {
        BigDecimal factor =
                prices.index(money.currency(), baseYear).divide(prices.index(money.currency(), money.year()), MC);
        return new Money(
                round(money.amount().multiply(factor, MC), money.currency()), money.currency(), baseYear, null);
    }

    /** Converts to CNY at the event year's rate, then deflates to CNY at {@code baseYear} prices. */
    public Money realCny(Money money, int baseYear) {
        return deflate(convert(money, Currency.CNY), baseYear);
    }

    private static BigDecimal round(BigDecimal amount, Currency currency) {
        return amount.setScale(currency.minorDigits(), RoundingMode.HALF_EVEN);
    }
}
