package org.uncounted.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Simulation study: capture histories drawn from a known population of N = 2,000 on four lists, under
 * independence and under positive dependence between lists 1 and 2 (log odds ratio log 3) — in both the
 * generating model is a hierarchical log-linear model stepwise can reach. Stepwise + BCa must cover N in
 * at least 85 % of the replicates.
 *
 * <p>200 replicates per scenario, each with a 199-replicate bootstrap (fewer than the 1,000 of a real
 * analysis, to keep the suite fast: about 20 s of CPU for both scenarios; measured 184/200 and 185/200).
 * {@code -Dmse.coverage.replicates=N} runs a smaller or larger study. Every replicate's seed is
 * {@code BASE_SEED + i} and misses are printed with it.
 */
class CoverageSimulationTest {
    private static final long BASE_SEED = 20_240_501L;
    private static final int N = 2000;
    private static final double[] P = {0.25, 0.2, 0.3, 0.15};
    private static final List<String> LISTS = List.of("A", "B", "C", "D");

    private static int replicates() {
        return Integer.getInteger("mse.coverage.replicates", 200);
    }

    @Test
    void stepwiseBca_independentLists_coversTruthAtLeast85Percent() {
        assertCoverage(0.0);
    }

    @Test
    void stepwiseBca_positivelyDependentLists_coversTruthAtLeast85Percent() {
        assertCoverage(Math.log(3));
    }

    private static void assertCoverage(double logOddsRatio12) {
        double[] prob = cellProbabilities(logOddsRatio12);
        MseEstimator est = MseEstimator.builder()
                .interval(IntervalMethod.BCA)
                .bootstrap(199)
                .spread(false)
                .build();
        int covered = 0;
        int runs = replicates();
        StringBuilder misses = new StringBuilder();
        for (int i = 0; i < runs; i++) {
            long seed = BASE_SEED + i;
            CaptureHistories table = draw(prob, new SplittableRandom(seed), "replicate seed " + seed);
            MseResult r = est.withSeed(seed).estimate(table);
            if (r.lower() <= N && N <= r.upper()) covered++;
            else misses.append(String.format("seed %d: %.0f [%.0f, %.0f]%n", seed, r.estimate(), r.lower(), r.upper()));
        }
        System.out.printf("coverage %d/%d (log OR %.2f)%n%s", covered, runs, logOddsRatio12, misses);
        assertThat(covered / (double) runs).as("coverage; misses:%n%s", misses).isGreaterThanOrEqualTo(0.85);
    }

    /** Probabilities of all 16 patterns (pattern 0 = on no list) under main effects P and a 1·2 interaction. */
    static double[] cellProbabilities(double lambda12) {
        double[] w = new double[16];
        double total = 0;
        for (int c = 0; c < 16; c++) {
            double lw = (c & 3) == 3 ? lambda12 : 0;
            for (int i = 0; i < 4; i++) lw += Math.log((c >> i & 1) == 1 ? P[i] : 1 - P[i]);
            w[c] = Math.exp(lw);
            total += w[c];
        }
        for (int c = 0; c < 16; c++) w[c] /= total;
        return w;
    }

    static CaptureHistories draw(double[] prob, SplittableRandom rng, String label) {
        long[] counts = new long[prob.length];
        for (int k = 0; k < N; k++) {
            double u = rng.nextDouble();
            int c = 0;
            while (c < prob.length - 1 && u >= prob[c]) u -= prob[c++];
            counts[c]++;
        }
        counts[0] = 0;
        return CaptureHistories.ofCells(label, LISTS, counts);
    }
}
