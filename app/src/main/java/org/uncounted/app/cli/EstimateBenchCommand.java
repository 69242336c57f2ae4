package org.uncounted.app.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.uncounted.estimation.CaptureHistories;
import org.uncounted.estimation.CaptureHistoryCsv;
import org.uncounted.estimation.IntervalMethod;
import org.uncounted.estimation.MseEstimator;
import org.uncounted.estimation.MseMethod;
import org.uncounted.estimation.MseResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code uncounted estimate bench FILE.csv}: times (1) stepwise selection with a B-replicate BCa bootstrap
 * that re-selects in every replicate and (2) BIC over every hierarchical model with pairwise interactions.
 * The figures in {@code docs/benchmarks.md} come from this command on {@code uk2013_6lists.csv}.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Time stepwise + BCa bootstrap and the BIC search over all pairwise models on a table.")
public final class EstimateBenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.csv", description = "Capture histories (e.g. uk2013_6lists.csv).")
    Path file;

    @Option(names = "--bootstrap", description = "Bootstrap replicates (default ${DEFAULT-VALUE}).")
    int bootstrap = 1000;

    @Option(names = "--seed", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed = 1234;

    @Option(
            names = "--runs",
            description = "Timed runs of each task after a first (cold) one (default ${DEFAULT-VALUE}).")
    int runs = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CaptureHistories table = CaptureHistoryCsv.read(file);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "%s: %d lists, n = %d; %d processors available%n",
                file.getFileName(),
                table.listCount(),
                table.observed(),
                Runtime.getRuntime().availableProcessors());
        MseEstimator stepwise = MseEstimator.builder()
                .method(MseMethod.STEPWISE)
                .interval(IntervalMethod.BCA)
                .bootstrap(bootstrap)
                .seed(seed)
                .spread(false)
                .build();
        time(out, "stepwise + " + bootstrap + "-replicate BCa", () -> stepwise.estimate(table));
        MseEstimator bic = MseEstimator.builder()
                .method(MseMethod.BIC)
                .maxOrder(2)
                .spread(false)
                .build();
        time(out, "BIC over all hierarchical models, max order 2", () -> bic.estimate(table));
        out.flush();
        return 0;
    }

    private void time(PrintWriter out, String task, Supplier<MseResult> run) {
        for (int i = 0; i <= runs; i++) {
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            MseResult r = run.get();
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            out.printf(
                    Locale.ROOT,
                    "%-46s %s wall %6.2f s, CPU %6.2f s  N̂ = %.2f [%.1f, %.1f] %s, model %s%n",
                    task,
                    i == 0 ? "cold" : "warm",
                    s,
                    cpu,
                    r.estimate(),
                    r.lower(),
                    r.upper(),
                    r.intervalMethod().label(),
                    r.model());
            out.flush();
        }
    }

    /** CPU time of the whole process (all threads, JIT and GC included); wall time misleads on a busy machine. */
    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
