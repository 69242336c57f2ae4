package org.uncounted.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uncounted.app.ExitCodes;
import org.uncounted.simulate.SimulationParameters;
import org.uncounted.simulate.SimulationProgress;
import org.uncounted.simulate.SimulationSettings;
import org.uncounted.simulate.SimulationSummary;
import org.uncounted.simulate.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code uncounted simulate}: a synthetic population with known truth (docs/methods/simulation.md).
 * Prints what the population implies next to the published calibration targets.
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Simulate North Korean women crossing into China month by month (trafficking, sales, exploitation,"
                    + " exits) and the organisations that document some of them, with the ground truth.",
            "Writes DIR/organisations/<id>.json (case files to import), DIR/truth/ (trajectories, persons,"
                    + " record_person.csv, capture_histories.csv), DIR/linkage/records.csv and truth.csv,"
                    + " DIR/summary.json. The same options give byte-identical files."
        })
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--women",
            paramLabel = "N",
            description = "Women simulated; entry flows are scaled so their total"
                    + " over the years is N (default: ${DEFAULT-VALUE}).")
    long women = 20_000;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of every random draw (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("simulation");

    @Option(
            names = "--params",
            paramLabel = "FILE",
            description = "Parameter file overriding the defaults" + " (see --write-default-params).")
    Path params;

    @Option(names = "--start-year", paramLabel = "Y", description = "First year (default: ${DEFAULT-VALUE}).")
    int startYear = 1995;

    @Option(names = "--end-year", paramLabel = "Y", description = "Last year (default: ${DEFAULT-VALUE}).")
    int endYear = 2024;

    @Option(
            names = "--threads",
            paramLabel = "T",
            description = "Worker threads; output does not depend on it" + " (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));

    @Option(
            names = "--write-default-params",
            paramLabel = "FILE",
            description = "Write the documented default" + " parameters to FILE (to copy and edit) and exit.")
    Path writeDefaults;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress bar and no report on stdout.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (writeDefaults != null) {
            Files.writeString(writeDefaults, SimulationParameters.defaultsText(), StandardCharsets.UTF_8);
            stdout.println("wrote " + writeDefaults);
            return ExitCodes.OK;
        }
        SimulationParameters p = params == null ? SimulationParameters.defaults() : SimulationParameters.load(params);
        SimulationSettings settings = new SimulationSettings(women, seed, startYear, endYear, p, threads);
        long t0 = System.nanoTime();
        SimulationSummary summary;
        try (ConsoleProgress bar = ConsoleProgress.start("simulate", women, "women", quiet)) {
            summary = Simulator.run(settings, out, new SimulationProgress() {
                @Override
                public void start(long total) {
                    bar.maxHint(total);
                }

                @Override
                public void advance(long n) {
                    bar.stepBy(n);
                }
            });
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!quiet) {
            stdout.print(summary.toText());
            long records = summary.organisations().stream()
                    .mapToLong(SimulationSummary.Organisation::records)
                    .sum();
            stdout.printf(
                    java.util.Locale.ROOT,
                    "%nwrote %s: %,d women, %,d records in %.1f s (%,.0f women/s)%n",
                    out,
                    women,
                    records,
                    seconds,
                    women / seconds);
        }
        stdout.flush();
        return ExitCodes.OK;
    }
}
