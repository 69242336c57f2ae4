package org.uncounted.model.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.uncounted.model.internal.ResourceCsv;
import org.uncounted.model.time.YearRange;

/**
 * Yearly average exchange rates, as units of each currency per US dollar.
 *
 * <p>{@link #standard()} loads {@code exchange-rates.csv} shipped next to this class (sources and
 * verification status per row are in its header and in the README of that folder; 2010–2023 come
 * from domain.md §7, other years are provisional). USD is 1 in every year the table covers. KPW has
 * no rate: its amounts are never converted.
 */
public final class ExchangeRates {
    private static final ExchangeRates STANDARD = load();

    private final Map<Currency, TreeMap<Integer, BigDecimal>> unitsPerUsd;

    ExchangeRates(Map<Currency, TreeMap<Integer, BigDecimal>> unitsPerUsd) {
        this.unitsPerUsd = unitsPerUsd;
    }

    /** The shipped table. */
    public static ExchangeRates standard() {
        return STANDARD;
    }

    /**
     * Units of {@code currency} per one USD, averaged over {@code year}.
     *
     * @throws RateNotAvailableException for KPW or a year outside the table, naming the years covered
     */
    public BigDecimal unitsPerUsd(Currency currency, int year) {
        if (currency == Currency.KPW) {
            throw new RateNotAvailableException("KPW amounts are stored as reported and never converted: "
                    + "market rates are not comparable (domain.md section 7)");
        }
        TreeMap<Integer, BigDecimal> byYear = unitsPerUsd.get(currency);
        BigDecimal rate = byYear == null ? null : byYear.get(year);
        if (rate == null) {
            throw new RateNotAvailableException("no " + currency.code() + " exchange rate for " + year
                    + "; the table (exchange-rates.csv) covers " + years(currency));
        }
        return rate;
    }

    /** The years the table covers for a currency. */
    public YearRange years(Currency currency) {
        TreeMap<Integer, BigDecimal> byYear = unitsPerUsd.get(currency);
        if (byYear == null || byYear.isEmpty()) {
            throw new RateNotAvailableException("no exchange rates at all for " + currency.code());
        }
        return new YearRange(byYear.firstKey(), byYear.lastKey());
    }

    private static ExchangeRates load() {
        Map<Currency, TreeMap<Integer, BigDecimal>> table = new EnumMap<>(Currency.class);
        for (ResourceCsv.Row row : ResourceCsv.read(ExchangeRates.class, "exchange-rates.csv")) {
            int year = Integer.parseInt(row.get("year"));
            Currency currency = Currency.fromCode(row.get("currency"));
            BigDecimal rate = new BigDecimal(row.get("rate"));
            BigDecimal perUsd = switch (row.get("quote")) {
                case "units_per_usd" -> rate;
                case "usd_per_unit" -> BigDecimal.ONE.divide(rate, MathContext.DECIMAL64);
                default -> throw new IllegalStateException("exchange-rates.csv:" + row.line() + ": bad quote");
            };
            table.computeIfAbsent(currency, c -> new TreeMap<>()).put(year, perUsd);
            table.computeIfAbsent(Currency.USD, c -> new TreeMap<>()).put(year, BigDecimal.ONE);
        }
        return new ExchangeRates(table);
    }
}
