package org.uncounted.app.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.uncounted.app.analysis.ScaleAnalysis;
import org.uncounted.app.cli.ConsoleProgress;
import org.uncounted.app.report.SimulationTruth;
import org.uncounted.linkage.LinkageCsv;
import org.uncounted.simulate.SimulationProgress;
import org.uncounted.simulate.SimulationSettings;
import org.uncounted.simulate.SimulationSummary;
import org.uncounted.simulate.Simulator;
import org.uncounted.store.CaseStore;
import org.uncounted.store.ImportReport;
import org.uncounted.store.StoreSession;

/**
 * The main job on synthetic data: simulate a population and its documenting organisations, import
 * each organisation's records into a fresh encrypted store as its own source, and summarise. The
 * demo directory is recreated on every run (it holds only synthetic data and is marked as such),
 * so re-running gives the same result for the same seed.
 */
public final class Demo {
    static final String MARKER = ".uncounted-demo";

    private final DemoOptions options;
    private final PrintWriter out;

    public Demo(DemoOptions options, PrintWriter out) {
        this.options = options;
        this.out = out;
    }

    /** Runs the job and returns the open store (the caller closes it, or serves it). */
    public CaseStore run() {
        prepareDirectory(options.dataDir());
        SimulationSummary summary = simulate();
        out.println(summary.toText());
        CaseStore store = CaseStore.createEmbedded(options.storeDir(), options.passphrase());
        try {
            StoreSession session = store.asOperator();
            List<ImportReport> reports = importAll(session);
            DemoReport report = new DemoReport(out);
            report.imports(reports);
            report.overlaps(TruthOverlaps.read(options.simulationDir().resolve("truth/capture_histories.csv")));
            report.statistics(session.statistics());
            ScaleSection.print(out, scale(), SimulationTruth.read(options.simulationDir()));
            out.flush();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private SimulationSummary simulate() {
        out.printf(
                "Simulating %,d women (seed %d) into %s ...%n",
                options.women(), options.seed(), options.simulationDir());
        out.flush();
        try (ConsoleProgress bar = ConsoleProgress.start("simulate", options.women(), "women", options.quiet())) {
            return Simulator.run(
                    SimulationSettings.of(options.women(), options.seed()),
                    options.simulationDir(),
                    new SimulationProgress() {
                        @Override
                        public void start(long total) {
                            bar.maxHint(total);
                        }

                        @Override
                        public void advance(long women) {
                            bar.stepBy(women);
                        }
                    });
        }
    }

    /**
     * Links the organisations' records and estimates the total. The records are the simulation's
     * linkage extract, which holds the same fields as the imported cases.
     */
    private ScaleAnalysis scale() {
        out.printf(
                "Linking records and estimating (%d linkage replicates x %d bootstrap samples) ...%n",
                options.linkageReplicates(), options.bootstrap());
        out.flush();
        Path dir = options.simulationDir().resolve("linkage");
        return ScaleAnalysis.run(
                LinkageCsv.read(dir.resolve("records.csv")),
                LinkageCsv.readTruth(dir.resolve("truth.csv")),
                options.linkageReplicates(),
                options.bootstrap(),
                options.seed());
    }

    private List<ImportReport> importAll(StoreSession session) {
        List<Path> files;
        try (Stream<Path> s = Files.list(options.simulationDir().resolve("organisations"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ImportReport> reports = new ArrayList<>();
        for (Path f : files) {
            out.printf("Importing %s ...%n", f.getFileName());
            out.flush();
            try (ConsoleProgress bar = ConsoleProgress.start("import", 1, "records", options.quiet())) {
                reports.add(session.importJson(f, null, bar::stepTo));
            }
        }
        return reports;
    }

    /** Creates the directory, or empties it when an earlier demo made it; refuses anything else. */
    static void prepareDirectory(Path dir) {
        try {
            if (Files.exists(dir)) {
                boolean empty;
                try (Stream<Path> s = Files.list(dir)) {
                    empty = s.findAny().isEmpty();
                }
                if (!empty && !Files.exists(dir.resolve(MARKER))) {
                    throw new IllegalArgumentException("--data " + dir
                            + ": directory is not empty and was not made by the demo; choose another directory");
                }
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        if (!p.equals(dir)) Files.delete(p);
                    }
                }
            }
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(MARKER), "synthetic demo data; deleted and recreated by 'uncounted demo'\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
