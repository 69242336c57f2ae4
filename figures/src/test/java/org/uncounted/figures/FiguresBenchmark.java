package org.uncounted.figures;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Prints timings for docs/benchmarks.md (not a test). Run after {@code mvn -pl figures install}:
 * {@code java -cp "figures/target/classes:figures/target/test-classes:$(cat /tmp/figures.cp)"
 * org.uncounted.figures.FiguresBenchmark}
 */
public final class FiguresBenchmark {
    private FiguresBenchmark() {}

    public static void main(String[] args) {
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            RevenueResult r = RevenueSimulation.run(RevenueParameters.defaults(), 1_000_000, 2019);
            long t1 = System.nanoTime();
            System.out.printf(
                    "round %d: revenue MC, %d parameters, 1,000,000 iterations: %.2f s; total median CNY %.0f M%n",
                    round,
                    RevenueParameters.defaults().parameters().size(),
                    (t1 - t0) / 1e9,
                    r.total().median() / 1e6);
        }
        SplittableRandom rnd = new SplittableRandom(1);
        int records = 5000;
        int[] person = new int[records];
        int[] cat = new int[records];
        double[] w = new double[records];
        for (int i = 0; i < records; i++) {
            person[i] = rnd.nextInt(2000);
            cat[i] = rnd.nextInt(4);
            w[i] = 1;
        }
        long t0 = System.nanoTime();
        ClusteredBootstrap.shares(List.of("a", "b", "c", "d"), person, cat, w, BootstrapSettings.bca(5));
        long t1 = System.nanoTime();
        System.out.printf(
                "clustered bootstrap BCa, 5,000 records / 2,000 persons, 4 categories, 2,000 replicates: %.2f s%n",
                (t1 - t0) / 1e9);
        int n = 100_000;
        double[] time = new double[n];
        boolean[] ended = new boolean[n];
        for (int i = 0; i < n; i++) {
            time[i] = Math.floor(-Math.log(1 - rnd.nextDouble()) * 24);
            ended[i] = rnd.nextDouble() < 0.4;
        }
        t0 = System.nanoTime();
        SurvivalCurve c = KaplanMeier.fit(time, ended, KaplanMeier.ConfidenceType.LOG, 0.95);
        t1 = System.nanoTime();
        System.out.printf(
                "Kaplan–Meier, 100,000 spells (60 %% censored): %.2f s, median %.0f months%n",
                (t1 - t0) / 1e9, c.median().estimate());
        double[] prices = new double[1000];
        for (int i = 0; i < prices.length; i++) {
            prices[i] = 10000 * Math.exp(0.8 * rnd.nextGaussian());
        }
        t0 = System.nanoTime();
        PriceSummaries.summarise("bride", prices, BootstrapSettings.percentile(9));
        t1 = System.nanoTime();
        System.out.printf("price summary, 1,000 prices, 2,000 replicates: %.2f s%n", (t1 - t0) / 1e9);
    }
}
