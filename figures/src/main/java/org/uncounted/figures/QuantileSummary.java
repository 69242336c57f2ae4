package org.uncounted.figures;

/**
 * Prices of one group (e.g. bride sales, 2015–2019, CNY at 2019 prices): n, quartiles and an
 * interval for the median. Prices are plain numbers already converted and deflated by the caller
 * (the model's MoneyConverter); figures never guesses a currency.
 *
 * @param n number of prices (reports), not persons
 * @param persons number of distinct persons the prices come from (the bootstrap resamples persons)
 * @param q1 first quartile, type-7 sample quantile (Hyndman &amp; Fan 1996)
 * @param medianInterval bootstrap interval of the median
 */
public record PriceSummary(
        String group,
        int n,
        int persons,
        double min,
        double q1,
        double median,
        double q3,
        double max,
        Interval medianInterval) {}
