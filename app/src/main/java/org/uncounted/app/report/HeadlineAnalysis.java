package org.uncounted.app.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.uncounted.app.analysis.CaseLinkRecords;
import org.uncounted.app.analysis.ScaleAnalysis;
import org.uncounted.app.analysis.StoredCases;
import org.uncounted.disclosure.BudgetLedger;
import org.uncounted.disclosure.CountTable;
import org.uncounted.disclosure.Dimension;
import org.uncounted.disclosure.DisclosureAuditSink;
import org.uncounted.disclosure.DisclosureControl;
import org.uncounted.disclosure.DisclosurePolicy;
import org.uncounted.disclosure.InMemoryBudgetLedger;
import org.uncounted.disclosure.NoiseMechanism;
import org.uncounted.disclosure.PublishedRelease;
import org.uncounted.disclosure.Release;
import org.uncounted.disclosure.UniformSource;
import org.uncounted.estimation.MseResult;
import org.uncounted.figures.AgeSummaries;
import org.uncounted.figures.BootstrapSettings;
import org.uncounted.figures.ComponentSummary;
import org.uncounted.figures.Interval;
import org.uncounted.figures.KaplanMeier;
import org.uncounted.figures.MultinomialShares;
import org.uncounted.figures.MultipleImputation;
import org.uncounted.figures.PriceSummaries;
import org.uncounted.figures.ProportionIntervals;
import org.uncounted.figures.QuantileSummary;
import org.uncounted.figures.RevenueParameters;
import org.uncounted.figures.RevenueResult;
import org.uncounted.figures.RevenueSimulation;
import org.uncounted.figures.Share;
import org.uncounted.figures.SurvivalCurve;
import org.uncounted.model.money.MoneyConverter;
import org.uncounted.model.vocab.ExploitationType;

/**
 * Computes the headline table from stored cases: scale by linkage + MSE, the trafficked share, the
 * shares by exploitation type, prices, ages, durations and revenue, every figure with its interval,
 * its n and its method; then passes every count through disclosure control before it can be shown.
 */
public final class HeadlineAnalysis {
    static final List<String> TYPES = List.of("prostitution", "forced_marriage", "cybersex", "other");
    static final int[] AGE_EDGES = {0, 12, 18, 25, 30, 40, 200};
    private static final double CNY_PER_USD_2019 = 6.8985;

    private final HeadlineSettings s;
    private final List<HeadlineLine> lines = new ArrayList<>();
    private final Map<String, Long> bases = new LinkedHashMap<>();
    /** Figure → column of the first-exploitation-type table, published as one protected table. */
    private final Map<String, Integer> typeColumns = new LinkedHashMap<>();
    /** Figure → column of the persons-by-stratum table, published as one protected table. */
    private final Map<String, Integer> strataColumns = new LinkedHashMap<>();

    private List<String> strataLabels = List.of();
    private long[] strataCounts = new long[0];
    private org.uncounted.app.analysis.StratifiedScale stratified;

    private long[] typeCounts = new long[TYPES.size()];
    /** The person facts on each linkage replicate (empty with a single linkage). */
    private List<PersonFacts> replicateFacts = List.of();

    private HeadlineAnalysis(HeadlineSettings s) {
        this.s = s;
    }

    private BudgetLedger ledger = new InMemoryBudgetLedger();
    private DisclosureAuditSink auditSink = DisclosureAuditSink.NONE;
    private java.math.BigDecimal epsilonCap = DisclosurePolicy.DEFAULT.lifetimeEpsilon();

    /**
     * Runs the analysis on cases read with consent checked (see {@link StoredCases}), charging any
     * noise to a fresh in-memory ledger: for previews and reruns, which publish nothing new.
     */
    public static Headline run(StoredCases data, HeadlineSettings settings) {
        HeadlineAnalysis a = new HeadlineAnalysis(settings);
        a.epsilonCap = java.math.BigDecimal.valueOf(1_000_000); // a throwaway ledger: nothing is spent
        return a.analyse(data);
    }

    /**
     * Runs the analysis for publication: with noise (ε &gt; 0) the release is charged to {@code ledger}
     * (the store's, so every release of the dataset counts against one lifetime cap) and refused with
     * {@link org.uncounted.disclosure.PrivacyBudgetExceededException} before anything is written when it
     * would pass {@code epsilonCap}; charges and refusals go to {@code audit}.
     */
    public static Headline publish(
            StoredCases data,
            HeadlineSettings settings,
            BudgetLedger ledger,
            DisclosureAuditSink audit,
            java.math.BigDecimal epsilonCap) {
        HeadlineAnalysis a = new HeadlineAnalysis(settings);
        a.ledger = ledger;
        a.auditSink = audit;
        a.epsilonCap = epsilonCap;
        return a.analyse(data);
    }

    private Headline analyse(StoredCases data) {
        ScaleAnalysis scale = ScaleAnalysis.run(
                CaseLinkRecords.of(data.cases()), null, s.linkageReplicates(), s.bootstrap(), s.seed());
        PersonFacts f = PersonFacts.of(data.cases(), scale.linkage().personIds());
        replicateFacts = scale.linkage().replicates().size() < 2
                ? List.of()
                : scale.linkage().replicates().stream()
                        .map(m -> PersonFacts.of(data.cases(), m))
                        .toList();
        scaleLines(scale);
        if (s.stratify() != null) stratifiedLines(data, scale);
        long trafficked = f.trafficked.stream().filter(b -> b).count();
        proportionLine(
                "shares",
                "trafficked (sold or exploited), share of documented women",
                trafficked,
                f.persons(),
                x -> new long[] {x.trafficked.stream().filter(b -> b).count(), x.persons()},
                "Wilson score interval over linked persons");
        List<Share> typeShares = typeShares(f);
        priceLines(f);
        Map<String, SurvivalCurve> survival = durationLines(f);
        long[] ageBands = ageLines(f);
        RevenueResult revenue = revenueLines();
        PublishedRelease published = disclose(typeShares, ageBands, scale);
        return new Headline(
                publishBases(published),
                s,
                scale,
                typeShares,
                survival,
                revenue,
                published,
                data.cases().size(),
                data.excludedForConsent(),
                data.snapshotHash());
    }

    private void scaleLines(ScaleAnalysis scale) {
        MseResult r = scale.linked().pooled();
        add(
                "scale",
                "women documented by at least one source (linked persons)",
                r.observed(),
                Double.NaN,
                Double.NaN,
                "persons",
                r.observed(),
                "record linkage (Fellegi-Sunter), median over linkage replicates");
        add(
                "scale",
                "women in the population, documented or not (" + scale.lists().size() + " sources)",
                r.estimate(),
                r.lower(),
                r.upper(),
                "persons",
                r.observed(),
                "multiple systems estimation, " + r.method() + " log-linear model, bootstrap over "
                        + s.linkageReplicates() + " linkage replicates");
    }

    /** The population estimate stratum by stratum and their sum (issue: heterogeneity between strata). */
    private void stratifiedLines(StoredCases data, ScaleAnalysis scale) {
        Map<String, String> sourceOf = new java.util.HashMap<>();
        data.cases().forEach(c -> sourceOf.put(Long.toString(c.storeId()), c.source()));
        org.uncounted.estimation.MseEstimator estimator = ScaleAnalysis.estimator(s.bootstrap(), s.seed());
        stratified = org.uncounted.app.analysis.StratifiedScale.run(
                s.stratify(), data, scale.lists(), scale.linkage(), sourceOf, estimator, s.seed());
        String by = s.stratify().label();
        List<String> labels = new ArrayList<>(stratified.strata().keySet());
        labels.addAll(stratified.failed().keySet());
        labels.sort(s.stratify().order());
        strataLabels = List.copyOf(labels);
        strataCounts = new long[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            var r = stratified.strata().get(labels.get(i));
            String figure = "women in the population, " + by + ": " + labels.get(i);
            strataColumns.put(figure, i);
            if (r == null) {
                // not estimable: its persons are still counted in the table, the figure is withheld
                strataCounts[i] = stratified.observed().get(labels.get(i));
                add(
                        "scale by stratum",
                        figure,
                        Double.NaN,
                        Double.NaN,
                        Double.NaN,
                        "persons",
                        strataCounts[i],
                        "not estimable: "
                                + stratified.failed().get(labels.get(i)).replaceAll("\\d{2,}", "#"));
                continue;
            }
            strataCounts[i] = stratified.observed().get(labels.get(i));
            add(
                    "scale by stratum",
                    figure,
                    r.pooled().estimate(),
                    r.pooled().lower(),
                    r.pooled().upper(),
                    "persons",
                    strataCounts[i],
                    "stepwise log-linear MSE within the stratum, BCa bootstrap pooled over " + s.linkageReplicates()
                            + " linkage replicates");
        }
        var t = stratified.total();
        if (t != null) {
            String not = stratified.failed().isEmpty()
                    ? ""
                    : " with an estimate (not: "
                            + String.join(", ", stratified.failed().keySet()) + ")";
            add(
                    "scale by stratum",
                    "women in the population, sum over strata of " + by + not,
                    t.estimate(),
                    t.lower(),
                    t.upper(),
                    "persons",
                    null,
                    "sum of the stratum estimates; stratum bootstraps added at random pairing, pooled over linkage"
                            + " replicates"
                            + (not.isEmpty() ? "" : "; persons in strata without an estimate are not in this sum"));
        }
    }

    private List<Share> typeShares(PersonFacts f) {
        long[] counts = firstTypeCounts(f);
        long n = java.util.Arrays.stream(counts).sum();
        if (n == 0) return List.of();
        typeCounts = counts;
        List<Share> shares = MultinomialShares.goodman(TYPES, counts, s.level());
        String method = "Goodman simultaneous intervals over the trafficked linked persons with a known first type";
        if (!replicateFacts.isEmpty()) {
            // linkage uncertainty: each type's share pooled over the replicates (Rubin), at the
            // Bonferroni level that keeps the four intervals simultaneous
            double each = 1 - (1 - s.level()) / TYPES.size();
            List<Share> pooled = new ArrayList<>();
            for (int i = 0; i < TYPES.size(); i++) {
                final int type = i;
                long[][] xn = replicateFacts.stream()
                        .map(x -> {
                            long[] c = firstTypeCounts(x);
                            return new long[] {
                                c[type], java.util.Arrays.stream(c).sum()
                            };
                        })
                        .filter(c -> c[1] > 0)
                        .toArray(long[][]::new);
                Interval iv = MultipleImputation.proportion(
                        java.util.Arrays.stream(xn).mapToLong(c -> c[0]).toArray(),
                        java.util.Arrays.stream(xn).mapToLong(c -> c[1]).toArray(),
                        each);
                double point = java.util.Arrays.stream(xn)
                        .mapToDouble(c -> (double) c[0] / c[1])
                        .average()
                        .orElse(Double.NaN);
                pooled.add(new Share(
                        TYPES.get(i),
                        counts[i],
                        n,
                        point,
                        new Interval(
                                Math.min(iv.lower(), point), Math.max(iv.upper(), point), s.level(), iv.method())));
            }
            shares = pooled;
            method = "Rubin's rules over " + replicateFacts.size()
                    + " linkage replicates (logit scale), Bonferroni-simultaneous over the four types";
        }
        for (int i = 0; i < TYPES.size(); i++) {
            Share sh = shares.get(i);
            typeColumns.put("first exploitation: " + TYPES.get(i) + ", share of trafficked women", i);
            add(
                    "shares",
                    "first exploitation: " + TYPES.get(i) + ", share of trafficked women",
                    100 * sh.estimate(),
                    100 * sh.interval().lower(),
                    100 * sh.interval().upper(),
                    "%",
                    counts[i],
                    method);
        }
        return shares;
    }

    private static long[] firstTypeCounts(PersonFacts f) {
        long[] counts = new long[TYPES.size()];
        for (int p = 0; p < f.persons(); p++) {
            ExploitationType t = f.firstType.get(p);
            if (t != null) counts[typeIndex(t)]++;
        }
        return counts;
    }

    /**
     * A share x/n of linked persons: with one linkage, Wilson's interval; with linkage replicates, the
     * proportion on every replicate pooled by Rubin's rules, so the interval carries linkage uncertainty
     * too. The n shown is the point linkage's.
     */
    private void proportionLine(
            String section,
            String figure,
            long x,
            long n,
            java.util.function.Function<PersonFacts, long[]> onReplicate,
            String singleMethod) {
        if (replicateFacts.isEmpty()) {
            Interval w = ProportionIntervals.wilson(x, n, s.level());
            add(section, figure, 100.0 * x / n, 100 * w.lower(), 100 * w.upper(), "%", n, singleMethod);
            return;
        }
        long[][] xn =
                replicateFacts.stream().map(onReplicate).filter(c -> c[1] > 0).toArray(long[][]::new);
        Interval iv = MultipleImputation.proportion(
                java.util.Arrays.stream(xn).mapToLong(c -> c[0]).toArray(),
                java.util.Arrays.stream(xn).mapToLong(c -> c[1]).toArray(),
                s.level());
        double point = 100
                * java.util.Arrays.stream(xn)
                        .mapToDouble(c -> (double) c[0] / c[1])
                        .average()
                        .orElse(Double.NaN);
        add(
                section,
                figure,
                point,
                Math.min(100 * iv.lower(), point),
                Math.max(100 * iv.upper(), point),
                "%",
                n,
                iv.method());
    }

    private static int typeIndex(ExploitationType t) {
        return switch (t) {
            case PROSTITUTION -> 0;
            case FORCED_MARRIAGE -> 1;
            case CYBERSEX -> 2;
            default -> 3;
        };
    }

    private void priceLines(PersonFacts f) {
        MoneyConverter fx = MoneyConverter.standard();
        Map<String, List<double[]>> byGroup = new TreeMap<>();
        for (PersonFacts.Price p : f.prices) {
            try {
                double cny = fx.realCny(p.price(), 2019).amount().doubleValue();
                byGroup.computeIfAbsent(p.group(), k -> new ArrayList<>()).add(new double[] {cny, p.person()});
            } catch (RuntimeException noRate) {
                // a year or currency outside the shipped tables: left out, counted in the method note
            }
        }
        byGroup.forEach((group, rows) -> {
            if (rows.size() < 2) return;
            double[] prices = rows.stream().mapToDouble(r -> r[0]).toArray();
            int[] person = rows.stream().mapToInt(r -> (int) r[1]).toArray();
            QuantileSummary q = PriceSummaries.summarise(group, prices, person, boot());
            add(
                    "prices",
                    "median price of a sale " + group.replace('_', ' '),
                    q.median(),
                    q.medianInterval().lower(),
                    q.medianInterval().upper(),
                    "CNY (2019 prices)",
                    (long) q.n(),
                    "median; percentile bootstrap over persons; converted and deflated with the shipped FX and CPI tables");
        });
    }

    private Map<String, SurvivalCurve> durationLines(PersonFacts f) {
        Map<String, SurvivalCurve> curves = new LinkedHashMap<>();
        for (String type : TYPES.subList(0, 3)) {
            List<PersonFacts.Spell> sp = f.spells.stream()
                    .filter(x -> TYPES.get(typeIndex(x.type())).equals(type))
                    .toList();
            if (sp.size() < 2) continue;
            double[] t = sp.stream().mapToDouble(PersonFacts.Spell::months).toArray();
            boolean[] ended = new boolean[sp.size()];
            for (int i = 0; i < ended.length; i++) ended[i] = sp.get(i).ended();
            SurvivalCurve c = KaplanMeier.fit(t, ended, KaplanMeier.ConfidenceType.LOG_LOG, s.level());
            curves.put(type, c);
            add(
                    "durations",
                    "median duration of a " + type.replace('_', ' ') + " spell",
                    c.median().estimate(),
                    c.median().lower(),
                    c.median().upper(),
                    "months",
                    (long) c.n(),
                    "Kaplan-Meier with right censoring (about "
                            + Math.round(100.0 * (c.n() - c.events()) / c.n())
                            + " % of spells still running when recorded); "
                            + c.median().method());
        }
        return curves;
    }

    private long[] ageLines(PersonFacts f) {
        double[] ages = f.ageAtCrossing.stream()
                .filter(a -> a != null)
                .mapToDouble(Double::doubleValue)
                .toArray();
        long[] bands = new long[AGE_EDGES.length - 1];
        for (double a : ages) {
            for (int b = 0; b < bands.length; b++) if (a >= AGE_EDGES[b] && a < AGE_EDGES[b + 1]) bands[b]++;
        }
        if (ages.length < 2) return bands;
        long young =
                java.util.Arrays.stream(ages).filter(a -> a >= 12 && a <= 29).count();
        proportionLine(
                "ages",
                "aged 12-29 at first crossing, share",
                young,
                ages.length,
                x -> {
                    double[] a = x.ageAtCrossing.stream()
                            .filter(v -> v != null)
                            .mapToDouble(Double::doubleValue)
                            .toArray();
                    return new long[] {
                        java.util.Arrays.stream(a)
                                .filter(v -> v >= 12 && v <= 29)
                                .count(),
                        a.length
                    };
                },
                "Wilson score interval over linked persons");
        QuantileSummary q = AgeSummaries.summarise("age at first crossing", ages, boot());
        add(
                "ages",
                "median age at first crossing",
                q.median(),
                q.medianInterval().lower(),
                q.medianInterval().upper(),
                "years",
                (long) q.n(),
                "median; percentile bootstrap");
        return bands;
    }

    private RevenueResult revenueLines() {
        RevenueResult r = RevenueSimulation.run(RevenueParameters.defaults(), s.revenueIterations(), s.seed());
        add(
                "revenue",
                "annual criminal revenue, total",
                usd(r.total().median()),
                usd(r.total().lower5()),
                usd(r.total().upper95()),
                "USD per year",
                null,
                "Monte Carlo over the revenue parameter file " + r.parametersVersion() + " (median, 90 % interval);"
                        + " CNY 2019 at " + CNY_PER_USD_2019 + " per USD");
        for (ComponentSummary c : r.components()) {
            add(
                    "revenue",
                    "  of which " + c.id().replace('_', ' '),
                    usd(c.median()),
                    usd(c.lower5()),
                    usd(c.upper95()),
                    "USD per year",
                    null,
                    "Monte Carlo component (median, 90 % interval)");
        }
        return r;
    }

    private static double usd(double cny) {
        return cny / CNY_PER_USD_2019;
    }

    private BootstrapSettings boot() {
        return new BootstrapSettings(
                Math.max(200, s.bootstrap()), s.seed(), s.level(), BootstrapSettings.Method.PERCENTILE);
    }

    private void add(
            String section, String figure, double point, double lo, double hi, String unit, Long n, String method) {
        lines.add(new HeadlineLine(section, figure, point, lo, hi, unit, n, method));
        if (n != null && !typeColumns.containsKey(figure) && !strataColumns.containsKey(figure)) bases.put(figure, n);
    }

    private PublishedRelease disclose(List<Share> typeShares, long[] ageBands, ScaleAnalysis scale) {
        List<String> bandLabels = new ArrayList<>();
        for (int b = 0; b + 1 < AGE_EDGES.length; b++) {
            bandLabels.add(AGE_EDGES[b + 1] >= 200 ? AGE_EDGES[b] + "+" : AGE_EDGES[b] + "-" + (AGE_EDGES[b + 1] - 1));
        }
        // Each figure's n is a count of its own (one cell, its own universe), except the split by
        // exploitation type, published as one table (the last) so that its cells and total are
        // protected together: a hidden type count cannot be recovered as total minus the others.
        List<CountTable> tables = new ArrayList<>();
        int i = 0;
        for (var e : bases.entrySet()) {
            tables.add(CountTable.oneWay("n of " + e.getKey(), new Dimension("n" + (i++), List.of("n")), e.getValue())
                    .inUniverse("figure " + i));
        }
        tables.add(CountTable.oneWay("age at first crossing", new Dimension("age band", bandLabels), ageBands)
                .inUniverse("linked persons with a known age at first crossing"));
        if (strataCounts.length > 0) {
            tables.add(CountTable.oneWay(
                            "persons by stratum", new Dimension(s.stratify().label(), strataLabels), strataCounts)
                    .inUniverse("linked persons by " + s.stratify().label()));
        }
        tables.add(CountTable.oneWay("first exploitation type", new Dimension("first exploitation", TYPES), typeCounts)
                .inUniverse("trafficked linked persons with a known first exploitation"));
        DisclosurePolicy policy =
                DisclosurePolicy.DEFAULT.withThreshold(s.threshold()).withLifetimeEpsilon(epsilonCap);
        if (s.epsilon().signum() > 0) {
            policy = policy.withNoise(new NoiseMechanism.DiscreteLaplace(s.epsilon()));
        }
        DisclosureControl control = DisclosureControl.create(
                ledger, auditSink, UniformSource.deterministic(noiseSeed(s.seed())), java.time.Clock.systemUTC());
        return control.apply(new Release("store", "headline-" + s.seed(), tables), policy);
    }

    /**
     * The default policy adds no noise, so this seed only matters if a policy with noise is chosen;
     * then a rerun reproduces the release, and the seed (part of the release settings) must be kept
     * as secret as the data (docs/publication.md).
     */
    private static byte[] noiseSeed(long seed) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("uncounted headline noise " + seed).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces every line's n by its published (rounded or suppressed) value. */
    private List<HeadlineLine> publishBases(PublishedRelease published) {
        List<String> figures = new ArrayList<>(bases.keySet());
        List<HeadlineLine> out = new ArrayList<>();
        for (HeadlineLine l : lines) {
            Long n = null;
            int i = figures.indexOf(l.figure());
            Integer typeColumn = typeColumns.get(l.figure());
            Integer stratumColumn = strataColumns.get(l.figure());
            if (l.n() != null && stratumColumn != null) {
                var cell = published.table("persons by stratum").cell(0, stratumColumn);
                n = cell.suppressed() ? null : cell.value();
            } else if (l.n() != null && typeColumn != null) {
                var types = published.tables().get(published.tables().size() - 1);
                var cell = types.cell(0, typeColumn);
                n = cell.suppressed() ? null : cell.value();
            } else if (l.n() != null && i >= 0) {
                var cell = published.tables().get(i).cell(0, 0);
                n = cell.suppressed() ? null : cell.value();
            }
            if (l.n() != null && n == null) {
                // too few persons behind it: the figure itself is withheld, not only its n
                out.add(new HeadlineLine(
                        l.section(),
                        l.figure(),
                        Double.NaN,
                        Double.NaN,
                        Double.NaN,
                        l.unit(),
                        null,
                        "withheld: fewer than " + s.threshold() + " persons (disclosure control)"));
                continue;
            }
            // a count published as the point itself (documented women) is shown rounded, like its n
            double point = l.n() != null && l.unit().equals("persons") && l.point() == l.n() ? n : l.point();
            out.add(new HeadlineLine(l.section(), l.figure(), point, l.lower(), l.upper(), l.unit(), n, l.method()));
        }
        return out;
    }
}
