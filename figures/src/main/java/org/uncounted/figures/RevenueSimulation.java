package org.uncounted.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.uncounted.figures.internal.Quantiles;

/**
 * Annual criminal revenue by Monte Carlo: each iteration draws every parameter once from its
 * distribution (so components sharing a parameter move together), computes each component as the
 * product of its factors and the total as their sum. Reports median and 90 % interval per
 * component and in total, and a tornado table. Same parameters, iterations and seed → same
 * result on any number of threads (each iteration has its own generator, seeded in order).
 *
 * <p>Assumes parameters are independent of each other, and that the product form holds (e.g.
 * every woman in the stock works every working day). It estimates the revenue implied by the
 * assumptions, not an observed revenue: with grade-D inputs it is a scenario, and the tornado
 * shows which assumption drives it.
 */
public final class RevenueSimulation {
    private RevenueSimulation() {}

    public static RevenueResult run(RevenueParameters model, int iterations, long seed) {
        if (iterations < 100 || iterations > 10_000_000) {
            throw new InvalidFigureInputException("iterations must be in 100..10000000: " + iterations);
        }
        List<String> ids = new ArrayList<>(model.parameters().keySet());
        List<RevenueComponent> comps = model.components();
        int[][] factorIndex = new int[comps.size()][];
        for (int c = 0; c < comps.size(); c++) {
            factorIndex[c] =
                    comps.get(c).factors().stream().mapToInt(ids::indexOf).toArray();
        }
        Distribution[] dist = ids.stream()
                .map(id -> model.parameters().get(id).distribution())
                .toArray(Distribution[]::new);
        SplittableRandom root = new SplittableRandom(seed);
        long[] seeds = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            seeds[i] = root.nextLong();
        }
        double[][] values = new double[comps.size() + 1][iterations];
        IntStream.range(0, iterations).parallel().forEach(i -> {
            SplittableRandom r = new SplittableRandom(seeds[i]);
            double[] x = new double[dist.length];
            for (int p = 0; p < dist.length; p++) {
                x[p] = dist[p].quantile(r.nextDouble());
            }
            double total = 0;
            for (int c = 0; c < factorIndex.length; c++) {
                double v = product(x, factorIndex[c]);
                values[c][i] = v;
                total += v;
            }
            values[comps.size()][i] = total;
        });
        List<ComponentSummary> summaries = new ArrayList<>();
        for (int c = 0; c < comps.size(); c++) {
            summaries.add(summary(comps.get(c).id(), values[c]));
        }
        double[] medians = Arrays.stream(dist).mapToDouble(Distribution::median).toArray();
        return new RevenueResult(
                model.version(),
                model.currency(),
                iterations,
                seed,
                summaries,
                summary("total", values[comps.size()]),
                total(medians, factorIndex),
                tornado(ids, dist, medians, factorIndex));
    }

    private static List<TornadoBar> tornado(
            List<String> ids, Distribution[] dist, double[] medians, int[][] factorIndex) {
        List<TornadoBar> bars = new ArrayList<>();
        for (int p = 0; p < dist.length; p++) {
            if (dist[p].isFixed()) {
                continue;
            }
            double[] x = medians.clone();
            x[p] = dist[p].quantile(0.05);
            double low = total(x, factorIndex);
            double lowValue = x[p];
            x[p] = dist[p].quantile(0.95);
            bars.add(new TornadoBar(ids.get(p), lowValue, x[p], low, total(x, factorIndex)));
        }
        bars.sort(Comparator.comparingDouble(TornadoBar::swing).reversed().thenComparing(TornadoBar::parameter));
        return bars;
    }

    private static double total(double[] x, int[][] factorIndex) {
        double t = 0;
        for (int[] f : factorIndex) {
            t += product(x, f);
        }
        return t;
    }

    private static double product(double[] x, int[] factors) {
        double v = 1;
        for (int f : factors) {
            v *= x[f];
        }
        return v;
    }

    private static ComponentSummary summary(String id, double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        double mean = Arrays.stream(v).sum() / v.length;
        return new ComponentSummary(
                id, Quantiles.type7(s, 0.5), Quantiles.type7(s, 0.05), Quantiles.type7(s, 0.95), mean);
    }

    /** The component summaries by id, for lookups in reports. */
    public static Map<String, ComponentSummary> byId(RevenueResult r) {
        Map<String, ComponentSummary> m = new HashMap<>();
        r.components().forEach(c -> m.put(c.id(), c));
        m.put("total", r.total());
        return m;
    }
}
