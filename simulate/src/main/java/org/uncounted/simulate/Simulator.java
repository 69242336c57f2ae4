package org.uncounted.simulate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.uncounted.simulate.internal.Aggregates;
import org.uncounted.simulate.internal.Calibration;
import org.uncounted.simulate.internal.CaptureHistories;
import org.uncounted.simulate.internal.CaseFileSink;
import org.uncounted.simulate.internal.ChunkResult;
import org.uncounted.simulate.internal.ChunkWorker;
import org.uncounted.simulate.internal.Documentation;
import org.uncounted.simulate.internal.EntrySchedule;
import org.uncounted.simulate.internal.ExploitationType;
import org.uncounted.simulate.internal.Months;
import org.uncounted.simulate.internal.OrgSink;
import org.uncounted.simulate.internal.OrgSpec;
import org.uncounted.simulate.internal.OrgSpecs;
import org.uncounted.simulate.internal.OutputFiles;
import org.uncounted.simulate.internal.ParamReader;
import org.uncounted.simulate.internal.PopulationModel;
import org.uncounted.simulate.internal.RecordNoise;
import org.uncounted.simulate.internal.TrajectoryEngine;

/**
 * Generates a synthetic population of North Korean women crossing into China, their trajectories
 * month by month, the documenting organisations that record some of them, and the ground truth
 * (domain research section 5). See docs/methods/simulation.md.
 *
 * <p>Guarantees: the same settings give byte-identical files whatever the number of threads; women
 * are simulated and written in chunks, so memory does not grow with the population. Output layout
 * under {@code out}: {@code organisations/<id>.json} (case files), {@code truth/} (trajectories,
 * persons, record → person, capture histories), {@code linkage/} (records.csv, truth.csv),
 * {@code summary.json} and {@code parameters.properties} (the effective parameters).
 */
public final class Simulator {
    /** Women per chunk; fixed so that output does not depend on the thread count. */
    static final int CHUNK = 2048;

    private Simulator() {}

    /** Runs a simulation into {@code out} (created if missing; existing files are overwritten). */
    public static SimulationSummary run(SimulationSettings s, Path out, SimulationProgress progress) {
        return run(s, out, progress, CaseFileSink::new);
    }

    static SimulationSummary run(
            SimulationSettings s, Path out, SimulationProgress progress, BiFunction<Path, OrgSpec, OrgSink> sinks) {
        ParamReader p = new ParamReader(s.parameters(), s.startYear(), s.endYear());
        PopulationModel model = new PopulationModel(p);
        EntrySchedule schedule = new EntrySchedule(model, s.women());
        List<OrgSpec> orgs = OrgSpecs.read(p);
        Documentation doc = new Documentation(orgs, Months.of(s.endYear(), 12), p.prob("noise.duplicate"));
        String[] periods = periods(p);
        int[] starts = new int[periods.length];
        for (int i = 0; i < periods.length; i++) starts[i] = Integer.parseInt(periods[i].substring(0, 4));
        ChunkWorker worker = new ChunkWorker(
                s.seed(),
                new TrajectoryEngine(model),
                schedule,
                doc,
                new RecordNoise(p),
                starts,
                OrgSpecs.indexOf(orgs, p.text("calibration.caseload-org")),
                p.intRange("calibration.caseload-years", 1900, 2200));
        Aggregates total = new Aggregates(s.startYear(), s.endYear());
        long[][] patterns = new long[periods.length][1 << orgs.size()];
        double[] expected = new double[orgs.size()];
        long[] captured = new long[orgs.size()];
        long[] captures = new long[orgs.size()];
        long[] records;
        progress.start(s.women());
        ExecutorService pool = Executors.newFixedThreadPool(s.threads(), r -> {
            Thread t = new Thread(r, "simulate");
            t.setDaemon(true);
            return t;
        });
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("parameters.properties"), effective(s), StandardCharsets.UTF_8);
            try (OutputFiles files = new OutputFiles(out, orgs, sinks)) {
                Deque<Future<ChunkResult>> inFlight = new ArrayDeque<>();
                long next = 0;
                while (next < s.women() || !inFlight.isEmpty()) {
                    while (next < s.women() && inFlight.size() < s.threads() * 3) {
                        long first = next;
                        int size = (int) Math.min(CHUNK, s.women() - first);
                        inFlight.add(pool.submit(() -> worker.run(first, size)));
                        next += size;
                    }
                    ChunkResult c = await(inFlight.removeFirst());
                    files.write(c);
                    total.merge(c.aggregates());
                    for (int q = 0; q < periods.length; q++) {
                        for (int m = 0; m < patterns[q].length; m++) patterns[q][m] += c.patterns()[q][m];
                    }
                    for (int j = 0; j < orgs.size(); j++) {
                        expected[j] += c.expected()[j];
                        captured[j] += c.captured()[j];
                        captures[j] += c.captures()[j];
                    }
                    progress.advance(c.size());
                }
                records = files.records();
            }
            CaptureHistories.write(out.resolve("truth"), orgs, patterns, periods);
            SimulationSummary summary =
                    summary(s, schedule.scaleToReal(), total, orgs, records, captured, captures, expected);
            try (OutputStream os = Files.newOutputStream(out.resolve("summary.json"))) {
                summary.writeJson(os);
            }
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write simulation output to " + out, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ChunkResult await(Future<ChunkResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException("simulation worker failed", e.getCause());
        }
    }

    private static SimulationSummary summary(
            SimulationSettings s,
            double scale,
            Aggregates a,
            List<OrgSpec> orgs,
            long[] records,
            long[] captured,
            long[] captures,
            double[] expected) {
        List<SimulationSummary.Year> years = new ArrayList<>();
        for (int y = 0; y < a.years; y++) {
            double rev = a.revenueProstitutionUsd[y] + a.revenueCybersexUsd[y] + a.revenueSalesUsd[y];
            double[] sales = new double[a.finalSales.length];
            for (int t = 0; t < sales.length; t++) sales[t] = a.finalSales[t][y] * scale;
            years.add(new SimulationSummary.Year(
                    a.startYear + y,
                    a.inChina[y] * scale,
                    a.stock[0][y] * scale,
                    a.stock[1][y] * scale,
                    a.stock[2][y] * scale,
                    a.stock[3][y] * scale,
                    a.arrivals[y] * scale,
                    a.repatriations[y] * scale,
                    rev * scale,
                    sales));
        }
        List<SimulationSummary.Organisation> os = new ArrayList<>();
        for (int j = 0; j < orgs.size(); j++) {
            os.add(new SimulationSummary.Organisation(
                    orgs.get(j).id, orgs.get(j).name, records[j], captured[j], captures[j], expected[j]));
        }
        List<SimulationSummary.PriceMedian> prices = new ArrayList<>();
        for (ExploitationType t : ExploitationType.values()) {
            int i = t.ordinal();
            prices.add(new SimulationSummary.PriceMedian(
                    t.label(),
                    a.priceReal2019[i].count(),
                    a.priceReal2019[i].quantile(0.5),
                    a.priceUsd[i].quantile(0.5)));
        }
        return new SimulationSummary(
                s.women(),
                s.seed(),
                s.startYear(),
                s.endYear(),
                scale,
                years,
                os,
                Calibration.checks(a, scale),
                prices);
    }

    /** Crossing periods for the stratified capture histories: the periods of {@code pop.entry}. */
    private static String[] periods(ParamReader p) {
        List<String> out = new ArrayList<>();
        for (String part : p.list("pop.entry")) {
            String range = part.substring(0, part.indexOf(':')).strip();
            int a = Integer.parseInt(range.substring(0, 4));
            int b = range.length() > 4 ? Integer.parseInt(range.substring(5)) : a;
            if (b < p.startYear() || a > p.endYear()) continue;
            out.add(Math.max(a, p.startYear()) + "-" + Math.min(b, p.endYear()));
        }
        return out.toArray(String[]::new);
    }

    private static String effective(SimulationSettings s) {
        StringBuilder sb = new StringBuilder("# Effective parameters of this run (women " + s.women() + ", seed "
                + s.seed() + ", years " + s.startYear() + "-" + s.endYear() + ").\n"
                + "# Documented defaults: uncounted simulate --write-default-params FILE\n");
        for (var e : s.parameters().entries().entrySet()) {
            sb.append(e.getKey()).append(" = ").append(e.getValue().value()).append('\n');
        }
        return sb.toString();
    }
}
