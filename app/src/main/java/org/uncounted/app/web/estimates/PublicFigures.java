package org.uncounted.app.web.estimates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.uncounted.figures.Share;

/**
 * The estimates, shares and prices as a role that may not read identifying content receives them. The
 * counts behind them pass through {@link DisclosedCounts} (threshold 11, base-5 rounding, complementary
 * suppression) and what is derived from a hidden count is hidden with it:
 *
 * <ul>
 *   <li>observed persons per stratum form one table whose total is the "all" row; a stratum whose
 *       observed count is suppressed loses its estimate and interval too (an estimate of 3.4 persons
 *       says that at most 3 were seen);
 *   <li>share counts by exploitation type form one table; a suppressed type has no share, and shares are
 *       rounded to whole percentage points so that share × total does not undo the rounding;
 *   <li>price groups with fewer than 11 prices are left out, n is rounded to base 5, and the whiskers
 *       are the 5th and 95th percentiles: a minimum or maximum is one person's price.
 * </ul>
 */
public final class PublicFigures {
    private PublicFigures() {}

    /** One estimate row; {@code null} numbers when suppressed. */
    public record EstimateRow(
            String stratum,
            String method,
            Long observed,
            Double estimate,
            Double lower,
            Double upper,
            String interval,
            boolean suppressed) {}

    /** A box of a price group: n and the five numbers drawn (whiskers at the 5th/95th percentile). */
    public record PriceBox(String group, long n, double p05, double q1, double median, double q3, double p95) {}

    /** The estimates exactly, for roles that may read identifying content. */
    public static List<EstimateRow> exact(List<EstimatesService.Estimate> all) {
        List<EstimateRow> out = new ArrayList<>();
        for (var e : all) {
            out.add(new EstimateRow(
                    e.stratum(), e.method(), e.observed(), e.estimate(), e.lower(), e.upper(), e.interval(), false));
        }
        return out;
    }

    /** The estimates after disclosure control of the observed counts. */
    public static List<EstimateRow> disclosed(List<EstimatesService.Estimate> all) {
        Map<String, Long> observed = new TreeMap<>();
        for (var e : all) {
            if (!e.stratum().equals("all")) {
                observed.putIfAbsent(e.stratum(), e.observed());
            }
        }
        Map<String, Long> published = new DisclosedCounts()
                .oneWay("observed persons by stratum", "persons seen by the sources", observed)
                .publish("web-estimates")
                .getOrDefault("observed persons by stratum", Map.of());
        List<EstimateRow> out = new ArrayList<>();
        for (var e : all) {
            Long shown = e.stratum().equals("all")
                    ? (observed.isEmpty() ? roundedAlone(e.observed()) : published.get(DisclosedCounts.TOTAL))
                    : published.get(e.stratum());
            if (shown == null) {
                out.add(new EstimateRow(e.stratum(), e.method(), null, null, null, null, e.interval(), true));
            } else {
                out.add(new EstimateRow(
                        e.stratum(),
                        e.method(),
                        shown,
                        (double) Math.round(e.estimate()),
                        (double) Math.round(e.lower()),
                        (double) Math.round(e.upper()),
                        e.interval(),
                        false));
            }
        }
        return out;
    }

    /** A lone count (no strata): rounded to base 5 when at least the threshold, else suppressed. */
    private static Long roundedAlone(long n) {
        return new DisclosedCounts()
                .oneWay("observed", "persons seen by the sources", Map.of("all", n))
                .publish("web-estimates-all")
                .get("observed")
                .get("all");
    }

    /** Shares whose type count survives disclosure control, rounded to whole percentage points. */
    public static List<Share> disclosedShares(List<Share> shares) {
        Map<String, Long> counts = new LinkedHashMap<>();
        shares.forEach(s -> counts.put(s.category(), Math.round(s.count())));
        Map<String, Long> published = new DisclosedCounts()
                .oneWay("cases by exploitation type", "cases with a known exploitation type", counts)
                .publish("web-shares")
                .getOrDefault("cases by exploitation type", Map.of());
        List<Share> out = new ArrayList<>();
        for (Share s : shares) {
            if (published.get(s.category()) != null) {
                out.add(new Share(
                        s.category(),
                        published.get(s.category()),
                        Math.max(published.get(s.category()), roundToFive(s.total())),
                        percent(s.estimate()),
                        new org.uncounted.figures.Interval(
                                percent(s.interval().lower()),
                                percent(s.interval().upper()),
                                s.interval().level(),
                                s.interval().method())));
            }
        }
        return out;
    }

    private static double percent(double p) {
        return Math.round(p * 100) / 100.0;
    }

    private static double roundToFive(double n) {
        return 5 * Math.round(n / 5);
    }

    /** Price boxes; {@code exact} keeps every group and its exact n, otherwise n ≥ 11 and rounded. */
    public static List<PriceBox> prices(Map<String, double[]> groups, boolean exact) {
        List<PriceBox> out = new ArrayList<>();
        groups.forEach((g, values) -> {
            if (!exact && values.length < DisclosedCounts.THRESHOLD) {
                return;
            }
            double[] v = values.clone();
            Arrays.sort(v);
            long n = exact ? v.length : 5 * Math.round(v.length / 5.0);
            out.add(new PriceBox(
                    g,
                    n,
                    quantile(v, 0.05),
                    quantile(v, 0.25),
                    quantile(v, 0.5),
                    quantile(v, 0.75),
                    quantile(v, 0.95)));
        });
        return out;
    }

    /** Type-7 sample quantile (Hyndman &amp; Fan 1996) of sorted values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
