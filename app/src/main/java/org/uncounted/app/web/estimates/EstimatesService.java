package org.uncounted.app.web.estimates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.uncounted.app.web.cases.CaseRepository;
import org.uncounted.app.web.cases.Testimony;
import org.uncounted.app.web.jobs.JobRunner;
import org.uncounted.app.web.review.LinkageService;
import org.uncounted.estimation.CaptureHistories;
import org.uncounted.estimation.IntervalMethod;
import org.uncounted.estimation.MseEstimator;
import org.uncounted.estimation.MseMethod;
import org.uncounted.estimation.MseResult;
import org.uncounted.figures.BootstrapSettings;
import org.uncounted.figures.MultinomialShares;
import org.uncounted.figures.PriceSummaries;
import org.uncounted.figures.QuantileSummary;
import org.uncounted.figures.Share;
import org.uncounted.model.money.Currency;
import org.uncounted.model.money.Money;
import org.uncounted.model.money.MoneyConverter;

/**
 * The numbers behind the estimates page: multiple systems estimates per method and per stratum (the
 * estimation module), the source overlap, exploitation shares with simultaneous intervals, prices in
 * constant yuan and spell durations (the figures module). Estimates with bootstrap intervals are computed
 * by a background job and kept until the next run.
 */
public final class EstimatesService {
    /** One estimate as the chart shows it. */
    public record Estimate(
            String stratum,
            String method,
            long observed,
            double estimate,
            double lower,
            double upper,
            String interval) {}

    public static final int PRICE_BASE_YEAR = 2020;
    private final CaseRepository repo;
    private final LinkageService linkage;
    private final long seed;
    private volatile List<Estimate> bootstrapped = List.of();
    private volatile Map<String, String> notEstimable = Map.of();

    public EstimatesService(CaseRepository repo, LinkageService linkage, long seed) {
        this.repo = repo;
        this.linkage = linkage;
        this.seed = seed;
    }

    private List<Testimony> cases() {
        List<Testimony> all = new ArrayList<>();
        repo.forEachRecorded(all::add);
        return all;
    }

    public Overlap overlap() {
        return Overlap.of(cases(), linkage.personIds(), Overlap::stratum);
    }

    public boolean linked() {
        return linkage.hasRun();
    }

    /** Estimates from the latest bootstrap job (empty before one ran). */
    public List<Estimate> estimates() {
        return bootstrapped;
    }

    /** Methods that could not give an estimate, with the reason, from the latest run. */
    public Map<String, String> notEstimable() {
        return notEstimable;
    }

    /** Runs every applicable method on the whole table and the stepwise model per stratum, with bootstrap intervals. */
    public void runEstimates(JobRunner.Progress progress, int replicates) {
        Overlap o = overlap();
        List<Estimate> out = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        if (o.sources().size() < 2) {
            failed.put("all", "needs at least two sources");
        } else {
            progress.total(1 + o.byStratum().size());
            MseEstimator est = MseEstimator.builder()
                    .interval(IntervalMethod.BCA)
                    .bootstrap(replicates)
                    .seed(seed)
                    .build();
            CaptureHistories all = CaptureHistories.ofCells(
                    "web", o.sources(), Overlap.cells(o.sources().size(), o.patternCounts()));
            try {
                var cmp = est.compare(all);
                cmp.results().forEach(r -> out.add(view("all", r)));
                cmp.notEstimable().forEach((m, why) -> failed.put("all/" + m, why));
            } catch (RuntimeException ex) {
                failed.put("all", ex.getClass().getSimpleName());
            }
            progress.done(1);
            int i = 1;
            for (var e : o.byStratum().entrySet()) {
                try {
                    CaptureHistories t = CaptureHistories.ofCells(
                            e.getKey(), o.sources(), Overlap.cells(o.sources().size(), e.getValue()));
                    out.add(view(e.getKey(), est.withMethod(MseMethod.STEPWISE).estimate(t)));
                } catch (RuntimeException ex) {
                    failed.put(e.getKey() + "/stepwise", ex.getClass().getSimpleName());
                }
                progress.done(++i);
            }
        }
        bootstrapped = List.copyOf(out);
        notEstimable = Map.copyOf(failed);
    }

    private static Estimate view(String stratum, MseResult r) {
        return new Estimate(
                stratum,
                r.method(),
                r.observed(),
                r.estimate(),
                r.lower(),
                r.upper(),
                r.intervalMethod().label());
    }

    /** Shares of exploitation types among cases with a known type, with Goodman simultaneous 95% intervals. */
    public List<Share> shares() {
        Map<String, Long> counts = new TreeMap<>();
        for (Testimony t : cases()) {
            t.spells().stream()
                    .map(Testimony.Spell::exploitationType)
                    .filter(x -> x != null)
                    .distinct()
                    .forEach(x -> counts.merge(x, 1L, Long::sum));
        }
        if (counts.size() < 2) {
            return List.of();
        }
        return MultinomialShares.goodman(
                List.copyOf(counts.keySet()),
                counts.values().stream().mapToLong(Long::longValue).toArray(),
                0.95);
    }

    /** Sale prices in constant {@value #PRICE_BASE_YEAR} yuan by five-year period, with bootstrap intervals of the median. */
    public Map<String, QuantileSummary> prices() {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        priceGroups().forEach((k, v) -> {
            if (v.length >= 3) {
                arrays.put(k, v);
            }
        });
        return arrays.isEmpty() ? Map.of() : PriceSummaries.byGroup(arrays, BootstrapSettings.percentile(seed));
    }

    /** Sale prices in constant {@value #PRICE_BASE_YEAR} yuan, grouped by five-year period (sorted by period). */
    public Map<String, double[]> priceGroups() {
        MoneyConverter fx = MoneyConverter.standard();
        Map<String, List<Double>> byPeriod = new TreeMap<>();
        for (Testimony t : cases()) {
            for (Testimony.Sale s : t.sales()) {
                Integer year = s.year() != null ? s.year() : t.firstYear();
                if (s.amount() == null || s.currency() == null || year == null) {
                    continue;
                }
                try {
                    BigDecimal cny = fx.realCny(
                                    Money.of(s.amount(), Currency.fromCode(s.currency()), year), PRICE_BASE_YEAR)
                            .amount();
                    int from = year - Math.floorMod(year, 5);
                    byPeriod.computeIfAbsent(from + "–" + (from + 4), k -> new ArrayList<>())
                            .add(cny.doubleValue());
                } catch (RuntimeException e) {
                    // no exchange rate or price index for that year: the sale is left out of the chart
                }
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        byPeriod.forEach(
                (k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return out;
    }

    /** Number of exploitation spells by length in whole years (spells with both ends known). */
    public Map<Integer, Long> durations() {
        Map<Integer, Long> out = new TreeMap<>();
        for (Testimony t : cases()) {
            for (Testimony.Spell s : t.spells()) {
                if (s.durationYears() != null) {
                    out.merge(s.durationYears(), 1L, Long::sum);
                }
            }
        }
        return out;
    }
}
