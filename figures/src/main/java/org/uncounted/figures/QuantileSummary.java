package org.uncounted.figures;

/**
 * A numeric quantity of one group — prices (e.g. bride sales, 2015–2019, CNY at 2019 prices) or
 * ages — as n, quartiles and an interval for the median. Prices are plain numbers already converted
 * and deflated by the caller (the model's MoneyConverter); figures never guesses a currency.
 *
 * @param n number of values (reports), not persons
 * @param persons number of distinct persons the values come from (the bootstrap resamples persons)
 * @param q1 first quartile, type-7 sample quantile (Hyndman &amp; Fan 1996)
 * @param medianInterval bootstrap interval of the median
 */
public record QuantileSummary(
        String group,
        int n,
        int persons,
        double min,
        double q1,
        double median,
        double q3,
        double max,
        Interval medianInterval) {}
