package org.uncounted.model.money;

import java.math.BigDecimal;
import java.util.Objects;
import org.uncounted.model.InvalidCaseException;

/**
 * An amount of money in a currency, in the money of a given year, with the words the source used
 * ({@code asReported}, e.g. "from RMB 1,000", optional).
 *
 * <p>Rules: amount {@code >= 0}; year 1900–2100. The amount is kept with trailing zeros stripped
 * (so {@code 1000.00} and {@code 1000} are the same value and print as {@code 1000}). Price
 * plausibility (positive, below {@link Currency#absurdPriceBound()}) is checked by {@link
 * #requirePlausiblePrice(String)}, which sales call.
 */
public record Money(BigDecimal amount, Currency currency, int year, String asReported) {
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new InvalidCaseException("amount", amount.toPlainString(), "must not be negative");
        }
        if (year < 1900 || year > 2100) {
            throw new InvalidCaseException("year", year, "must be between 1900 and 2100");
        }
        amount = canonical(amount);
    }

    public static Money of(String amount, Currency currency, int year) {
        return new Money(new BigDecimal(amount), currency, year, null);
    }

    public static Money of(BigDecimal amount, Currency currency, int year) {
        return new Money(amount, currency, year, null);
    }

    /**
     * Checks that this is a plausible price: more than zero and below the currency's absurdity
     * bound.
     *
     * @throws InvalidCaseException on {@code field}, naming the amount and the rule
     */
    public Money requirePlausiblePrice(String field) {
        if (amount.signum() <= 0) {
            throw new InvalidCaseException(
                    field, amount.toPlainString() + " " + currency.code(), "a price must be greater than zero");
        }
        if (amount.compareTo(currency.absurdPriceBound()) >= 0) {
            throw new InvalidCaseException(
                    field,
                    amount.toPlainString() + " " + currency.code(),
                    "a price must be below " + currency.absurdPriceBound().toPlainString() + " " + currency.code()
                            + " (absurdity bound)");
        }
        return this;
    }

    /** {@code 1000 CNY (2019)}; never includes asReported. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.code() + " (" + year + ")";
    }

    static BigDecimal canonical(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
