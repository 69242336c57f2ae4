package org.uncounted.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uncounted.linkage.Evaluation;
import org.uncounted.linkage.LinkageEngine;
import org.uncounted.linkage.LinkageResult;
import org.uncounted.linkage.LinkageSettings;
import org.uncounted.linkage.SyntheticKoreanRecords;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code uncounted link bench --persons N}: generates N synthetic women written by six
 * organisations ({@link SyntheticKoreanRecords}), links them end to end (features, blocking,
 * comparisons, training, scoring, clustering) with the pivot engine and, unless {@code
 * --no-baseline}, with the Splink-like baseline, and prints time per phase, comparisons per second,
 * peak heap, pair completeness and accuracy. The figures in {@code docs/benchmarks.md} come from it.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Time and score the linkage engine on a synthetic six-organisation population.")
public final class LinkBenchCommand implements Callable<Integer> {
    @Option(names = "--persons", description = "Synthetic women (records are about 2.1x; default ${DEFAULT-VALUE}).")
    int persons = 20_000;

    @Option(names = "--seed", description = "Seed of the population and the engine (default ${DEFAULT-VALUE}).")
    long seed = 20261129L;

    @Option(names = "--no-baseline", description = "Skip the Splink-like baseline run.")
    boolean noBaseline;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long g0 = System.nanoTime();
        SyntheticKoreanRecords.Data data = SyntheticKoreanRecords.generate(persons, seed);
        out.printf(
                Locale.ROOT,
                "%,d persons -> %,d records (seed %d) generated in %.1f s; %d processors, max heap %,d MiB%n",
                persons,
                data.records().size(),
                seed,
                (System.nanoTime() - g0) / 1e9,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        run(out, "pivot", LinkageSettings.DEFAULT.withSeed(seed), data);
        if (!noBaseline)
            run(out, "baseline", LinkageSettings.DEFAULT.withSeed(seed).withBaseline(true), data);
        out.flush();
        return 0;
    }

    private static void run(PrintWriter out, String label, LinkageSettings settings, SyntheticKoreanRecords.Data data) {
        resetPeaks();
        long t0 = System.nanoTime();
        LinkageResult r = LinkageEngine.of(settings).link(data.records(), List.of(), 0);
        double total = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> t = r.timings();
        double compare = t.getOrDefault("patterns", Double.NaN);
        double compareCpu = t.getOrDefault("patterns cpu", Double.NaN);
        double cpu = t.entrySet().stream()
                .filter(e -> e.getKey().endsWith(" cpu"))
                .mapToDouble(Map.Entry::getValue)
                .sum();
        out.printf(
                Locale.ROOT,
                "[%s] end to end %.1f s wall, %.1f s CPU (all threads); phases (wall, CPU):",
                label,
                total,
                cpu);
        t.forEach((k, v) -> {
            if (!k.endsWith(" cpu"))
                out.printf(Locale.ROOT, " %s %.2f/%.2f s", k, v, t.getOrDefault(k + " cpu", Double.NaN));
        });
        out.println();
        int k = r.model().comparisons().size();
        out.printf(
                Locale.ROOT,
                "[%s] %,d candidate pairs (%.1f per record); comparison vectors (pairs x %d comparisons): %,.0f/s wall, %,.0f per CPU-second; peak heap %,d MiB%n",
                label,
                r.comparedPairs(),
                r.blocking().pairsPerRecord(),
                k,
                r.comparedPairs() / compare,
                r.comparedPairs() / compareCpu,
                peakHeapMiB());
        int repeats = r.comparedPairs() > 20_000_000 ? 1 : 3; // a repeat of a 1M-record run costs minutes
        double[] warm = r.timeComparisons(repeats);
        out.printf(
                Locale.ROOT,
                "[%s] warm comparisons (best of %d): %.2f s wall, %.2f s CPU = %,.0f vectors/s wall, %,.0f per CPU-second (x %d fields)%n",
                label,
                repeats,
                warm[0],
                warm[1],
                r.comparedPairs() / warm[0],
                r.comparedPairs() / warm[1],
                k);
        out.printf(Locale.ROOT, "[%s] pair completeness %.4f%n", label, r.pairCompleteness(data.truth()));
        out.print(r.blocking().describe());
        out.printf(
                Locale.ROOT,
                "[%s] %s%n",
                label,
                Evaluation.of(r.personIds(), data.truth()).summary());
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    }

    private static long peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum >> 20;
    }
}
