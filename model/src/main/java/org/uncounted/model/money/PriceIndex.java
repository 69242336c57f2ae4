package org.uncounted.model.money;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.uncounted.model.internal.ResourceCsv;
import org.uncounted.model.time.YearRange;

/**
 * Yearly consumer price indices per currency area, used to express amounts in the prices of a base
 * year. Only ratios within one currency are meaningful.
 *
 * <p>{@link #standard()} loads {@code price-index.csv}: China CPI (2019 = 100, chained from the NBS
 * year-on-year rates in domain.md §7) for CNY, US CPI-U for USD. Other currencies have no index;
 * convert them to CNY or USD first.
 */
public final class PriceIndex {
    private static final PriceIndex STANDARD = load();

    private final Map<Currency, TreeMap<Integer, BigDecimal>> index;

    PriceIndex(Map<Currency, TreeMap<Integer, BigDecimal>> index) {
        this.index = index;
    }

    public static PriceIndex standard() {
        return STANDARD;
    }

    /**
     * The index value for a currency area and year.
     *
     * @throws RateNotAvailableException if the currency has no index or the year is outside it
     */
    public BigDecimal index(Currency currency, int year) {
        TreeMap<Integer, BigDecimal> byYear = index.get(currency);
        if (byYear == null) {
            throw new RateNotAvailableException("no price index for " + currency.code() + "; indices exist for "
                    + index.keySet() + " (convert first)");
        }
        BigDecimal value = byYear.get(year);
        if (value == null) {
            throw new RateNotAvailableException("no " + currency.code() + " price index for " + year
                    + "; the table (price-index.csv) covers " + years(currency));
        }
        return value;
    }

    public YearRange years(Currency currency) {
        TreeMap<Integer, BigDecimal> byYear = index.get(currency);
        if (byYear == null) {
            throw new RateNotAvailableException("no price index for " + currency.code());
        }
        return new YearRange(byYear.firstKey(), byYear.lastKey());
    }

    private static PriceIndex load() {
        Map<Currency, TreeMap<Integer, BigDecimal>> table = new EnumMap<>(Currency.class);
        for (ResourceCsv.Row row : ResourceCsv.read(PriceIndex.class, "price-index.csv")) {
            table.computeIfAbsent(Currency.fromCode(row.get("currency")), c -> new TreeMap<>())
                    .put(Integer.parseInt(row.get("year")), new BigDecimal(row.get("index")));
        }
        return new PriceIndex(table);
    }
}
