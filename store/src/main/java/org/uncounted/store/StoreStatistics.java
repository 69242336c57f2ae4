package org.uncounted.store;

import java.util.List;
import java.util.Map;

/**
 * Aggregates over the coded columns of every live (not purged) case, for summaries such as the
 * demo's. Computed without decrypting anything.
 *
 * @param casesPerSource number of cases per source name, sorted by name
 * @param eventsByType number of events per event type code
 * @param prices price summaries per exploitation type (sales and resales with a price)
 * @param ageAtCrossing number of victims per age (years) at first crossing; unknown ages left out
 * @param totalCases live cases
 * @param purgedCases crypto-shredded cases
 */
public record StoreStatistics(
        Map<String, Long> casesPerSource,
        Map<String, Long> eventsByType,
        List<PriceSummary> prices,
        Map<Integer, Long> ageAtCrossing,
        long totalCases,
        long purgedCases) {
    public StoreStatistics {
        casesPerSource = Map.copyOf(casesPerSource);
        eventsByType = Map.copyOf(eventsByType);
        prices = List.copyOf(prices);
        ageAtCrossing = Map.copyOf(ageAtCrossing);
    }

    /**
     * Prices paid for victims, by the exploitation the sale led to, converted with the model's
     * yearly exchange rates (nominal, in the year the price was stated).
     *
     * @param exploitationType exploitation type code ({@code forced_marriage}, ...)
     * @param count prices that could be converted
     * @param medianCny median in CNY
     * @param medianUsd median in USD
     * @param p10Usd 10th percentile in USD
     * @param p90Usd 90th percentile in USD
     * @param unconvertible prices in a currency or year without a rate
     */
    public record PriceSummary(
            String exploitationType,
            long count,
            double medianCny,
            double medianUsd,
            double p10Usd,
            double p90Usd,
            long unconvertible) {}

    /** Victims per age band: the CTDC {@code ageBroad} bands (0–8, 9–17, 18–20, …, 48+). */
    public Map<String, Long> ageBands() {
        var out = new java.util.LinkedHashMap<String, Long>();
        int[][] bands = {{0, 8}, {9, 17}, {18, 20}, {21, 23}, {24, 26}, {27, 29}, {30, 38}, {39, 47}, {48, 200}};
        for (int[] b : bands) {
            long n = ageAtCrossing.entrySet().stream()
                    .filter(e -> e.getKey() >= b[0] && e.getKey() <= b[1])
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            out.put(b[1] >= 200 ? b[0] + "+" : b[0] + "--" + b[1], n);
        }
        return out;
    }
}
