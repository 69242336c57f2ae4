package org.uncounted.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.uncounted.linkage.internal.Blocking;
import org.uncounted.linkage.internal.Clusterer;
import org.uncounted.linkage.internal.Comparison;
import org.uncounted.linkage.internal.FellegiSunter;
import org.uncounted.linkage.internal.LongList;
import org.uncounted.linkage.internal.PlaceResolver;

/**
 * Links records of the same person: comparisons built from the fields present, blocking by the
 * union of rules, a Fellegi–Sunter model (u from random pairs, λ fixed from deterministic rules,
 * m by EM), stored decisions applied, constrained clustering, and optional replicate linkages.
 * The engine sees only the records it is handed; it never logs field values.
 */
public final class LinkageEngine {
    private final LinkageSettings settings;
    private final PlaceResolver places;

    private LinkageEngine(LinkageSettings settings, PlaceResolver places) {
        this.settings = settings;
        this.places = places;
    }

    /** An engine with the given settings; places are resolved through the standard gazetteer. */
    public static LinkageEngine of(LinkageSettings settings) {
        return new LinkageEngine(settings, GazetteerPlaces.standard());
    }

    /** Links the records; {@code decisions} override the model; {@code replicates} ≥ 0 samples. */
    public LinkageResult link(List<LinkRecord> records, List<Decision> decisions, int replicates) {
        int n = records.size();
        if (n < 2) throw new InvalidLinkageInputException("linkage needs at least two records, got " + n);
        List<String> ids = new ArrayList<>(n);
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> sourceIndex = new LinkedHashMap<>();
        int[] sources = new int[n];
        for (int i = 0; i < n; i++) {
            LinkRecord r = records.get(i);
            if (index.put(r.id(), i) != null) {
                throw new InvalidLinkageInputException("duplicate record id at record " + (i + 1) + ": " + r.id());
            }
            ids.add(r.id());
            sources[i] = sourceIndex.computeIfAbsent(r.source(), k -> sourceIndex.size());
        }
        Map<String, Double> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        CPU_AT_START.set(processCpuSeconds());
        Comparisons built = Comparisons.build(records, settings, places);
        timing(timings, "features", t0);
        List<Comparison> cs = built.comparisons();
        if (cs.isEmpty()) throw new InvalidLinkageInputException("no comparable fields: map columns in the settings");
        Blocking.Result blocked = Blocking.run(
                n, cs, built.rules(), built.caps(settings.maxBlockSize()), Comparisons.WINDOW, Comparisons.BUDGET);
        timing(timings, "blocking", t0);
        Map<Long, Boolean> decided = new HashMap<>();
        for (Decision d : decisions) {
            Integer a = index.get(d.recordIdA()), b = index.get(d.recordIdB());
            if (a == null || b == null) continue; // decisions about records not in this run
            decided.put(Blocking.pack(a, b), d.match());
        }
        long[] pairs = withDecided(blocked.pairs(), decided);
        FellegiSunter fs = new FellegiSunter(cs);
        int[] patterns = fs.patterns(pairs);
        timing(timings, "patterns", t0);
        double[][] u = fs.estimateU(n, settings.seed());
        timing(timings, "u", t0);
        double totalPairs = (double) n * (n - 1) / 2;
        long deterministic = 0;
        for (int p : patterns) if (built.deterministic(fs, p)) deterministic++;
        double expected = Math.max(1, deterministic / settings.assumedRecall());
        double lambda = Math.min(0.5, expected / totalPairs);
        double prior = Math.min(0.5, Math.max(1e-6, expected / Math.max(1, pairs.length)));
        LinkageModel model = built.pivot()
                ? fs.trainAnchored(patterns, u, prior, lambda, n, built.anchoredSessions(fs, n, settings.seed()))
                : fs.train(patterns, u, prior, lambda, built.sessions(fs));
        timing(timings, "em", t0);
        float[] w = fs.weights(model, pairs, patterns);
        timing(timings, "score", t0);
        float[] prob = new float[pairs.length];
        boolean[] isDecided = new boolean[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            Boolean d = decided.get(pairs[i]);
            prob[i] = d == null ? (float) FellegiSunter.probability(w[i]) : d ? 1f : 0f;
            isDecided[i] = d != null;
        }
        Clusterer clusterer = new Clusterer(pairs, sources);
        double sameSource = settings.oneToOne() ? Double.POSITIVE_INFINITY : settings.sameSourceMinimum();
        int[] person =
                clusterer.cluster(prob, settings.matchThreshold(), sameSource, Clusterer.byDescendingProbability(prob));
        timing(timings, "cluster", t0);
        List<int[]> reps = sampleReplicates(clusterer, prob, replicates);
        timing(timings, "replicates", t0);
        List<BlockingReport.Rule> rules = new ArrayList<>();
        for (Blocking.RuleReport r : blocked.rules()) {
            rules.add(new BlockingReport.Rule(r.rule(), r.pairs(), r.skippedBlocks(), r.skippedPairs()));
        }
        BlockingReport report = new BlockingReport(pairs.length, n, rules);
        return new LinkageResult(
                ids,
                person,
                pairs,
                w,
                prob,
                isDecided,
                model,
                report,
                reps,
                fs,
                settings.reviewLow(),
                settings.reviewHigh(),
                new LinkedHashMap<>(timings),
                unusedDates(built));
    }

    private static Map<String, Integer> unusedDates(Comparisons built) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (var c : built.comparisons()) {
            if (c instanceof org.uncounted.linkage.internal.EventDateComparison d) out.putAll(d.unusedValues());
        }
        return out;
    }

    /**
     * K plausible linkages (HRDAG-style replicates): each pair is a link with its probability,
     * drawn independently with the run's seed, then clustered with the same constraints.
     */
    private List<int[]> sampleReplicates(Clusterer clusterer, float[] prob, int k) {
        List<int[]> out = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
        for (int r = 0; r < k; r++) {
            float[] drawn = new float[prob.length];
            for (int i = 0; i < prob.length; i++) drawn[i] = rnd.nextDouble() < prob[i] ? 1f : 0f;
            int[] order = Clusterer.byDescendingProbability(drawn);
            out.add(clusterer.cluster(
                    drawn, 0.5, settings.oneToOne() ? Double.POSITIVE_INFINITY : settings.sameSourceMinimum(), order));
        }
        return out;
    }

    /**
     * Records the wall seconds a phase took (for {@link LinkageResult#timings()}), and the CPU
     * seconds of the whole process in it as "phase cpu" (the machine is shared, so wall time alone
     * says little); never values.
     */
    private static void timing(Map<String, Double> timings, String phase, long t0) {
        double total = (System.nanoTime() - t0) / 1e9;
        double before = 0, cpuBefore = 0;
        for (Map.Entry<String, Double> e : timings.entrySet()) {
            if (e.getKey().endsWith(" cpu")) cpuBefore += e.getValue();
            else before += e.getValue();
        }
        timings.put(phase, total - before);
        double cpu = processCpuSeconds();
        if (!Double.isNaN(cpu)) {
            timings.put(phase + " cpu", cpu - CPU_AT_START.get() - cpuBefore);
        }
    }

    private static final ThreadLocal<Double> CPU_AT_START = ThreadLocal.withInitial(() -> 0.0);

    /** CPU seconds used by this process so far, or NaN where the JVM does not say. */
    static double processCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os =
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime() / 1e9;
        return Double.NaN;
    }

    private static long[] withDecided(long[] pairs, Map<Long, Boolean> decided) {
        if (decided.isEmpty()) return pairs;
        LongList all = new LongList(pairs.length + decided.size());
        for (long p : pairs) all.add(p);
        for (long p : decided.keySet()) all.add(p);
        return all.sortedUnique();
    }
}
