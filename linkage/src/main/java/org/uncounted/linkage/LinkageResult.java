package org.uncounted.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uncounted.linkage.internal.Blocking;
import org.uncounted.linkage.internal.FellegiSunter;

/**
 * The outcome of a linkage run: a person id per record, the scored candidate pairs, the trained
 * model, the blocking report, the review queue and the replicate linkages. Person ids are
 * {@code P000001}…, numbered in input order; they are stable for the same input and seed.
 */
public final class LinkageResult {
    private final List<String> ids;
    private final int[] person;
    private final long[] pairs;
    private final float[] weights;
    private final float[] prob;
    private final boolean[] decided;
    private final LinkageModel model;
    private final BlockingReport blocking;
    private final List<int[]> replicates;
    private final FellegiSunter fs;
    private final double reviewLow, reviewHigh;
    private final Map<String, Double> timings;
    private final Map<String, Integer> unusedDates;

    /**
     * Date columns whose values were present but not used (unreadable, or wider than three years):
     * column → count. They count as missing; a user mapping a column of another date format sees it here.
     */
    public Map<String, Integer> unusedDates() {
        return unusedDates;
    }

    private Map<String, Integer> index;
    private List<org.uncounted.linkage.internal.Comparison> explainers;

    LinkageResult(
            List<String> ids,
            int[] person,
            long[] pairs,
            float[] weights,
            float[] prob,
            boolean[] decided,
            LinkageModel model,
            BlockingReport blocking,
            List<int[]> replicates,
            FellegiSunter fs,
            double reviewLow,
            double reviewHigh,
            Map<String, Double> timings,
            Map<String, Integer> unusedDates) {
        this.timings = timings;
        this.unusedDates = Map.copyOf(unusedDates);
        this.ids = ids;
        this.person = person;
        this.pairs = pairs;
        this.weights = weights;
        this.prob = prob;
        this.decided = decided;
        this.model = model;
        this.blocking = blocking;
        this.replicates = replicates;
        this.fs = fs;
        this.reviewLow = reviewLow;
        this.reviewHigh = reviewHigh;
    }

    public LinkageModel model() {
        return model;
    }

    public BlockingReport blocking() {
        return blocking;
    }

    /** Record id → person id, in input order. */
    public Map<String, String> personIds() {
        return personIds(person);
    }

    /** Number of distinct persons. */
    public int personCount() {
        return Arrays.stream(person).max().orElse(-1) + 1;
    }

    /** Replicate linkages sampled from the pair probabilities (empty unless requested). */
    public List<Map<String, String>> replicates() {
        List<Map<String, String>> out = new ArrayList<>();
        for (int[] r : replicates) out.add(personIds(r));
        return out;
    }

    private Map<String, String> personIds(int[] clusters) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) out.put(ids.get(i), String.format("P%06d", clusters[i] + 1));
        return out;
    }

    /** Scored pairs with probability at or above {@code minProbability}, most probable first. */
    public List<ScoredPair> pairs(double minProbability) {
        List<ScoredPair> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i++) if (prob[i] >= minProbability) out.add(pair(i));
        out.sort((x, y) -> Double.compare(y.probability(), x.probability()));
        return out;
    }

    /** Undecided pairs whose probability lies in the review band, least certain first. */
    public List<ScoredPair> reviewQueue() {
        List<ScoredPair> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i++) {
            if (!decided[i] && prob[i] >= reviewLow && prob[i] <= reviewHigh) out.add(pair(i));
        }
        out.sort((x, y) -> Double.compare(Math.abs(x.probability() - 0.5), Math.abs(y.probability() - 0.5)));
        return out;
    }

    private ScoredPair pair(int i) {
        return new ScoredPair(
                ids.get(Blocking.first(pairs[i])), ids.get(Blocking.second(pairs[i])), weights[i], prob[i], decided[i]);
    }

    /**
     * Seconds spent per phase of the run (features, blocking, patterns = comparisons, u, em, score,
     * cluster, replicates) in wall time, and as "phase cpu" the CPU seconds of the whole process in
     * that phase, for benchmarks.
     */
    public Map<String, Double> timings() {
        return timings;
    }

    /**
     * Benchmark: recomputes the comparison vectors of all candidate pairs {@code repeats} times with
     * the compiled code warm, and returns {wall seconds, process CPU seconds} of the fastest repeat
     * (the figure the first pass gives includes JIT compilation and cold caches).
     */
    public double[] timeComparisons(int repeats) {
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int r = 0; r < repeats; r++) {
            double cpu0 = LinkageEngine.processCpuSeconds();
            long t0 = System.nanoTime();
            fs.patterns(pairs);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = LinkageEngine.processCpuSeconds() - cpu0;
            if (wall < best[0]) best = new double[] {wall, cpu};
        }
        return best;
    }

    /** Number of candidate pairs compared (each compared on every comparison). */
    public long comparedPairs() {
        return pairs.length;
    }

    /** Each comparison's contribution (log2 Bayes factor, TF included) to the weight of a pair. */
    public Map<String, Double> explain(String recordIdA, String recordIdB) {
        if (index == null) {
            index = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) index.put(ids.get(i), i);
            explainers = fs.copies();
        }
        Integer a = index.get(recordIdA), b = index.get(recordIdB);
        if (a == null || b == null) throw new InvalidLinkageInputException("unknown record id in explain()");
        double[] c = fs.explain(model, explainers, a, b);
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("prior", model.priorWeight());
        for (int k = 0; k < c.length; k++) out.put(model.comparisons().get(k), c[k]);
        return out;
    }

    /** Share of true pairs (same person in the truth) that blocking made candidates. */
    public double pairCompleteness(Map<String, String> truth) {
        Map<String, List<Integer>> byPerson = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String t = truth.get(ids.get(i));
            if (t != null) byPerson.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
        }
        long total = 0, found = 0;
        for (List<Integer> g : byPerson.values()) {
            for (int x = 0; x < g.size(); x++) {
                for (int y = x + 1; y < g.size(); y++) {
                    total++;
                    if (Arrays.binarySearch(pairs, Blocking.pack(g.get(x), g.get(y))) >= 0) found++;
                }
            }
        }
        return total == 0 ? 1.0 : found / (double) total;
    }
}
