package org.uncounted.linkage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.uncounted.linkage.LinkageModel;

/**
 * Trains and applies the Fellegi–Sunter model (Fellegi &amp; Sunter 1969) as Splink does, with the
 * guards of research note §6.2.5: u from random record pairs (seeded); λ fixed from deterministic
 * rules and an assumed recall; m by EM on agreement-pattern counts (fastLink, Enamorado et al.
 * 2019) with λ fixed, weak Dirichlet pseudo-counts, and Bayes factors forced monotone in the level.
 */
public final class FellegiSunter {
    private static final int EM_ITERATIONS = 30;
    private static final int ANCHOR_ROUNDS = 3;
    private static final int U_SAMPLES = 1_000_000;
    private static final double TF_FLOOR = 1e-7;

    private final List<Comparison> comparisons;
    private final int[] radix;
    private double[] nonNull;

    public FellegiSunter(List<Comparison> comparisons) {
        this.comparisons = comparisons;
        radix = new int[comparisons.size()];
        for (int c = 0; c < radix.length; c++) radix[c] = comparisons.get(c).levelCount() + 1;
    }

    /** Level pattern of every pair, computed in parallel; a pattern holds level+1 per comparison (0 = null). */
    public int[] patterns(long[] pairs) {
        int[] out = new int[pairs.length];
        int chunks = Math.max(1, Math.min(64, pairs.length / 50_000));
        ThreadLocal<List<Comparison>> copies = ThreadLocal.withInitial(this::copies); // caches stay warm
        IntStream.range(0, chunks).parallel().forEach(ch -> {
            List<Comparison> local = copies.get();
            int from = (int) ((long) pairs.length * ch / chunks), to = (int) ((long) pairs.length * (ch + 1) / chunks);
            for (int i = from; i < to; i++) {
                out[i] = pattern(local, Blocking.first(pairs[i]), Blocking.second(pairs[i]));
            }
        });
        return out;
    }

    int pattern(List<Comparison> cs, int a, int b) {
        int p = 0;
        for (int c = 0; c < cs.size(); c++) p = p * radix[c] + cs.get(c).level(a, b) + 1;
        return p;
    }

    /** Level of comparison c in a pattern (−1 = null). */
    public int levelOf(int pattern, int c) {
        int p = pattern;
        for (int k = radix.length - 1; k > c; k--) p /= radix[k];
        return p % radix[c] - 1;
    }

    /** u per comparison and level from random pairs (Laplace-smoothed). */
    public double[][] estimateU(int n, long seed) {
        long samples = Math.min(Math.min(U_SAMPLES, Math.max(200_000L, 20L * n)), (long) n * (n - 1) / 2);
        // fixed streams split from the seed, one per chunk: the same counts whatever the threads do
        int chunks = 8;
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] streams = new SplittableRandom[chunks];
        for (int i = 0; i < chunks; i++) streams[i] = root.split();
        ThreadLocal<List<Comparison>> copies = ThreadLocal.withInitial(this::copies);
        double[][][] partial = new double[chunks][][];
        long[] drawnBy = new long[chunks];
        IntStream.range(0, chunks).parallel().forEach(ch -> {
            SplittableRandom rnd = streams[ch];
            List<Comparison> local = copies.get();
            double[][] cnt = new double[radix.length][];
            for (int c = 0; c < radix.length; c++) cnt[c] = new double[radix[c] - 1];
            for (long s = ch; s < samples; s += chunks) {
                int a = rnd.nextInt(n), b = rnd.nextInt(n);
                if (a == b) continue;
                drawnBy[ch]++;
                for (int c = 0; c < radix.length; c++) {
                    int l = local.get(c).level(a, b);
                    if (l >= 0) cnt[c][l]++;
                }
            }
            partial[ch] = cnt;
        });
        double[][] counts = new double[radix.length][];
        for (int c = 0; c < radix.length; c++) counts[c] = new double[radix[c] - 1];
        long drawn = 0;
        for (int ch = 0; ch < chunks; ch++) {
            drawn += drawnBy[ch];
            for (int c = 0; c < radix.length; c++)
                for (int l = 0; l < counts[c].length; l++) counts[c][l] += partial[ch][c][l];
        }
        nonNull = new double[radix.length];
        for (int c = 0; c < radix.length; c++) {
            nonNull[c] = Arrays.stream(counts[c]).sum() / Math.max(1, drawn);
        }
        for (double[] row : counts) {
            double total = Arrays.stream(row).sum() + row.length * 0.5;
            for (int l = 0; l < row.length; l++) row[l] = (row[l] + 0.5) / total;
        }
        return counts;
    }

    /**
     * A training session (Splink's EM sessions): EM runs on the candidate pairs whose pattern
     * passes {@code filter}, and estimates m only for the {@code active} comparisons — those the
     * filter does not constrain. Conditioning on agreement elsewhere makes most pairs in a session
     * matches, which keeps EM from settling on a wrong class (research note §0.3).
     */
    public record Session(java.util.function.IntPredicate filter, boolean[] active) {}

    /**
     * Trains m: each session's EM estimates m for its active comparisons (averaged over sessions);
     * a comparison active in no session is trained by EM on all candidates with the prior fixed at
     * {@code priorInCandidates}. Bayes factors are then made monotone in the level.
     */
    public LinkageModel train(
            int[] patterns, double[][] uRandom, double priorInCandidates, double lambda, List<Session> sessions) {
        int k = radix.length;
        double[][] sum = new double[k][];
        int[] times = new int[k];
        for (int c = 0; c < k; c++) sum[c] = new double[radix[c] - 1];
        int iterations = 0;
        int[][] all = distinctCounts(patterns, p -> true);
        for (Session s : sessions) {
            int[][] d = select(all, s.filter());
            if (d[0].length == 0 || Arrays.stream(d[1]).sum() < 20) continue;
            double[][] m = em(d[0], d[1], uRandom, s.active(), Double.NaN);
            iterations += EM_ITERATIONS;
            for (int c = 0; c < k; c++) {
                if (!s.active()[c]) continue;
                for (int l = 0; l < m[c].length; l++) sum[c][l] += m[c][l];
                times[c]++;
            }
        }
        boolean[] rest = new boolean[k];
        boolean anyRest = false;
        for (int c = 0; c < k; c++) anyRest |= rest[c] = times[c] == 0;
        if (anyRest) {
            int[][] d = all;
            double[][] m = em(d[0], d[1], uRandom, rest, priorInCandidates);
            for (int c = 0; c < k; c++) {
                if (!rest[c]) continue;
                sum[c] = m[c];
                times[c] = 1;
            }
        }
        double[][] m = new double[k][];
        for (int c = 0; c < k; c++) {
            m[c] = sum[c].clone();
            for (int l = 0; l < m[c].length; l++) m[c][l] /= times[c];
            monotone(m[c], uRandom[c], comparisons.get(c));
        }
        return model(m, uRandom, lambda, iterations);
    }

    private LinkageModel model(double[][] m, double[][] uRandom, double lambda, int iterations) {
        List<String> names = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        for (Comparison c : comparisons) {
            names.add(c.name());
            List<String> ls = new ArrayList<>();
            for (int l = 0; l < c.levelCount(); l++) ls.add(c.levelLabel(l));
            labels.add(ls);
        }
        return new LinkageModel(names, labels, m, uRandom, lambda, iterations);
    }

    /**
     * A training session anchored on the prior (see {@link #trainAnchored}): pairs sampled from a
     * training blocking rule ({@link TrainingPairs}), the level filter that defines the session
     * inside them, and the share of all true matches that pass the filter as a function of the
     * current m (product over the filtered comparisons of non-null share × m mass passing).
     */
    public record Anchored(
            TrainingPairs sample,
            java.util.function.IntPredicate filter,
            java.util.function.ToDoubleFunction<double[][]> matchShare,
            boolean[] active,
            boolean freeShare) {}

    /**
     * Trains m in sessions whose match share is fixed rather than estimated: the expected number of
     * true matches is λ·n(n−1)/2 (λ fixed from the deterministic rule), so a session holding S pairs
     * that a match passes with probability q has match share λ·n(n−1)/2·q/S. With that share and u
     * both fixed, EM cannot settle on a wrong class (the failure of free EM on weak, noisy fields:
     * it latched onto "same surname, overlapping birth years"). q depends on the other sessions'
     * m, so the sessions alternate for a few rounds. Comparisons active in no session are trained
     * as in {@link #train}.
     */
    public LinkageModel trainAnchored(
            int[] candidatePatterns,
            double[][] uRandom,
            double priorInCandidates,
            double lambda,
            int n,
            List<Anchored> sessions) {
        int k = radix.length;
        double matches = lambda * n * (n - 1.0) / 2;
        double[][] m = new double[k][];
        for (int c = 0; c < k; c++) {
            m[c] = new double[radix[c] - 1];
            Arrays.fill(m[c], 1.0);
            normalise(m[c]);
        }
        List<int[][]> data = new ArrayList<>();
        for (Anchored s : sessions)
            data.add(select(distinctCounts(patterns(s.sample().pairs()), p -> true), s.filter()));
        boolean[] trained = new boolean[k];
        for (int round = 0; round < ANCHOR_ROUNDS; round++) {
            for (int i = 0; i < sessions.size(); i++) {
                Anchored s = sessions.get(i);
                int[][] d = data.get(i);
                double size = Arrays.stream(d[1]).sum() / s.sample().rate();
                if (d[0].length == 0 || size < 20) continue;
                double share =
                        Math.min(0.95, Math.max(1e-7, matches * s.matchShare().applyAsDouble(m) / size));
                double[][] est = em(d[0], d[1], uRandom, s.active(), share, s.freeShare(), true, m);
                for (int c = 0; c < k; c++) {
                    if (!s.active()[c]) continue;
                    m[c] = est[c];
                    trained[c] = true;
                }
            }
        }
        boolean anyRest = false;
        for (int c = 0; c < k; c++) anyRest |= !trained[c];
        if (anyRest) {
            boolean[] rest = new boolean[k];
            for (int c = 0; c < k; c++) rest[c] = !trained[c];
            int[][] all = distinctCounts(candidatePatterns, p -> true);
            double[][] est = em(all[0], all[1], uRandom, rest, priorInCandidates);
            for (int c = 0; c < k; c++) if (rest[c]) m[c] = est[c];
        }
        for (int c = 0; c < k; c++) monotone(m[c], uRandom[c], comparisons.get(c));
        return model(m, uRandom, lambda, ANCHOR_ROUNDS * EM_ITERATIONS * sessions.size());
    }

    /** Share of random pairs in which comparison c is not null (set by {@link #estimateU}). */
    public double nonNull(int c) {
        return nonNull == null ? 1 : nonNull[c];
    }

    /**
     * EM over distinct patterns with counts. Only active comparisons enter the likelihood. With a
     * NaN prior the prior is estimated; otherwise it stays fixed. Non-match frequencies are
     * re-estimated (blocked pairs are more alike than random ones); weak pseudo-counts of 1 keep
     * every level possible.
     */
    private double[][] em(int[] pat, int[] cnt, double[][] uRandom, boolean[] active, double fixedPrior) {
        double prior = Double.isNaN(fixedPrior) ? 0.5 : fixedPrior;
        return em(pat, cnt, uRandom, active, prior, Double.isNaN(fixedPrior), false, null);
    }

    /**
     * EM as above, starting from {@code prior} (re-estimated if {@code estimatePrior}); {@code fixU}
     * keeps u at the random-pair values, {@code init} seeds m (or null).
     */
    private double[][] em(
            int[] pat,
            int[] cnt,
            double[][] uRandom,
            boolean[] active,
            double startPrior,
            boolean estimatePrior,
            boolean fixU,
            double[][] init) {
        int k = radix.length;
        double prior = startPrior;
        double[][] m = new double[k][], uc = new double[k][];
        for (int c = 0; c < k; c++) {
            int levels = radix[c] - 1;
            m[c] = new double[levels];
            for (int l = 0; l < levels; l++) m[c][l] = init != null ? init[c][l] : Math.pow(4, l);
            normalise(m[c]);
            uc[c] = uRandom[c].clone();
        }
        int[][] lv = new int[pat.length][k];
        for (int i = 0; i < pat.length; i++) for (int c = 0; c < k; c++) lv[i][c] = active[c] ? levelOf(pat[i], c) : -1;
        for (int it = 0; it < EM_ITERATIONS; it++) {
            double[][] mNew = new double[k][], uNew = new double[k][];
            for (int c = 0; c < k; c++) {
                mNew[c] = new double[m[c].length];
                uNew[c] = new double[m[c].length];
                Arrays.fill(mNew[c], 1.0);
                Arrays.fill(uNew[c], 1.0);
            }
            double matched = 0, total = 0;
            for (int i = 0; i < pat.length; i++) {
                double lm = Math.log(prior), lu = Math.log(1 - prior);
                for (int c = 0; c < k; c++) {
                    int l = lv[i][c];
                    if (l < 0) continue;
                    lm += Math.log(m[c][l]);
                    lu += Math.log(uc[c][l]);
                }
                double g = 1 / (1 + Math.exp(lu - lm));
                matched += g * cnt[i];
                total += cnt[i];
                for (int c = 0; c < k; c++) {
                    int l = lv[i][c];
                    if (l < 0) continue;
                    mNew[c][l] += g * cnt[i];
                    uNew[c][l] += (1 - g) * cnt[i];
                }
            }
            double change = 0;
            for (int c = 0; c < k; c++) {
                normalise(mNew[c]);
                normalise(uNew[c]);
                for (int l = 0; l < m[c].length; l++) change = Math.max(change, Math.abs(mNew[c][l] - m[c][l]));
                m[c] = mNew[c];
                if (!fixU) uc[c] = uNew[c];
            }
            if (estimatePrior) prior = Math.min(0.999, Math.max(1e-6, matched / total));
            if (change < 1e-5) break;
        }
        return m;
    }

    /**
     * Bayes factors must not fall as agreement rises: a level's is capped at that of every level
     * the comparison names as stronger ({@link Comparison#strongerLevels}; by default the next).
     */
    static void monotone(double[] m, double[] u, Comparison c) {
        for (int pass = 0; pass < m.length; pass++) {
            boolean changed = false;
            for (int l = m.length - 1; l >= 0; l--) {
                for (int s : c.strongerLevels(l)) {
                    if (m[l] / u[l] > m[s] / u[s]) {
                        m[l] = u[l] * (m[s] / u[s]);
                        changed = true;
                    }
                }
            }
            if (!changed) break;
        }
        normalise(m);
    }

    static void normalise(double[] v) {
        double s = Arrays.stream(v).sum();
        for (int i = 0; i < v.length; i++) v[i] = Math.max(v[i] / s, 1e-9);
    }

    /** The distinct patterns (with their counts) that pass the filter. */
    private static int[][] select(int[][] distinct, java.util.function.IntPredicate filter) {
        int[] pat = new int[distinct[0].length], cnt = new int[pat.length];
        int m = 0;
        for (int i = 0; i < distinct[0].length; i++) {
            if (filter.test(distinct[0][i])) {
                pat[m] = distinct[0][i];
                cnt[m++] = distinct[1][i];
            }
        }
        return new int[][] {Arrays.copyOf(pat, m), Arrays.copyOf(cnt, m)};
    }

    private static int[][] distinctCounts(int[] patterns, java.util.function.IntPredicate filter) {
        int[] s = Arrays.stream(patterns).filter(filter).toArray();
        Arrays.parallelSort(s);
        int[] pat = new int[s.length], cnt = new int[s.length];
        int m = 0;
        for (int i = 0; i < s.length; i++) {
            if (m > 0 && pat[m - 1] == s[i]) cnt[m - 1]++;
            else {
                pat[m] = s[i];
                cnt[m++] = 1;
            }
        }
        return new int[][] {Arrays.copyOf(pat, m), Arrays.copyOf(cnt, m)};
    }

    /** Match weight of each pair, with term-frequency adjustments, in parallel. */
    public float[] weights(LinkageModel model, long[] pairs, int[] patterns) {
        float[] w = new float[pairs.length];
        double prior = model.priorWeight();
        int k = radix.length;
        double[][] bf = new double[k][];
        for (int c = 0; c < k; c++) {
            bf[c] = new double[radix[c] - 1];
            for (int l = 0; l < bf[c].length; l++) bf[c][l] = model.weight(c, l);
        }
        int chunks = Math.max(1, Math.min(64, pairs.length / 50_000));
        ThreadLocal<List<Comparison>> copies = ThreadLocal.withInitial(this::copies); // caches stay warm
        IntStream.range(0, chunks).parallel().forEach(ch -> {
            List<Comparison> local = copies.get();
            int from = (int) ((long) pairs.length * ch / chunks), to = (int) ((long) pairs.length * (ch + 1) / chunks);
            for (int i = from; i < to; i++) {
                double s = prior;
                int p = patterns[i];
                for (int c = k - 1; c >= 0; c--) {
                    int l = p % radix[c] - 1;
                    p /= radix[c];
                    if (l < 0) continue;
                    s += bf[c][l];
                    double tf = local.get(c).termFrequency(Blocking.first(pairs[i]), Blocking.second(pairs[i]), l);
                    if (!Double.isNaN(tf)) s += log2(model.u()[c][l] / Math.max(tf, TF_FLOOR));
                }
                w[i] = (float) s;
            }
        });
        return w;
    }

    /** Each comparison's contribution to one pair's match weight (log2 units), TF included. */
    public double[] explain(LinkageModel model, List<Comparison> local, int a, int b) {
        double[] out = new double[radix.length];
        for (int c = 0; c < radix.length; c++) {
            Comparison cmp = local.get(c);
            int l = cmp.level(a, b);
            if (l < 0) continue;
            out[c] = model.weight(c, l);
            double tf = cmp.termFrequency(a, b, l);
            if (!Double.isNaN(tf)) out[c] += log2(model.u()[c][l] / Math.max(tf, TF_FLOOR));
        }
        return out;
    }

    /** Thread-confined copies of the comparisons (for explanations). */
    public List<Comparison> copies() {
        List<Comparison> out = new ArrayList<>();
        for (Comparison c : comparisons) out.add(c.copy());
        return out;
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    public static double probability(double weight) {
        return 1 / (1 + Math.pow(2, -weight));
    }
}
