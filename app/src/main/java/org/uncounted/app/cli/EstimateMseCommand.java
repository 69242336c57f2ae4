package org.uncounted.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uncounted.app.chart.EstimateChart;
import org.uncounted.estimation.CaptureHistories;
import org.uncounted.estimation.CaptureHistoryCsv;
import org.uncounted.estimation.IntervalMethod;
import org.uncounted.estimation.MseComparison;
import org.uncounted.estimation.MseEstimator;
import org.uncounted.estimation.MseMethod;
import org.uncounted.estimation.StratifiedCaptureHistories;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code uncounted estimate mse FILE.csv}: multiple systems estimation from a capture-history table.
 *
 * <p>Prints method, model, observed n, estimate, interval and its method, and diagnostics; {@code --json}
 * prints the same as JSON; {@code --compare} runs every method side by side; {@code --strata} estimates
 * each stratum and the total; {@code --plot} draws the estimates with their intervals.
 */
@Command(
        name = "mse",
        mixinStandardHelpOptions = true,
        description = "Multiple systems estimation: the hidden total from overlapping lists (CSV: one 0/1 column per"
                + " list, then count).")
public final class EstimateMseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.csv", description = "Capture histories: 0/1 list columns, count.")
    Path file;

    @Option(
            names = "--method",
            description = "stepwise (default), bic, aic, independence, chapman, chao, m0, mh-chao, mth-chao,"
                    + " mth-darroch, or terms:[12,13,24].")
    String method = "stepwise";

    @Option(
            names = "--bootstrap",
            paramLabel = "B",
            description = "Bootstrap replicates for a BCa interval that re-runs model selection (e.g. 1000).")
    Integer bootstrap;

    @Option(names = "--interval", description = "wald, profile or bca (default: bca with --bootstrap, else wald).")
    String interval;

    @Option(names = "--seed", description = "Seed of the bootstrap (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--level", description = "Interval coverage (default ${DEFAULT-VALUE}).")
    double level = 0.95;

    @Option(names = "--threshold", description = "Stepwise p-value threshold (default ${DEFAULT-VALUE}).")
    double threshold = MseEstimator.DEFAULT_THRESHOLD;

    @Option(names = "--max-order", description = "Highest interaction order for bic/aic (default ${DEFAULT-VALUE}).")
    int maxOrder = 2;

    @Option(names = "--strata", paramLabel = "COLUMN", description = "Estimate each stratum of COLUMN and the total.")
    String strata;

    @Option(names = "--compare", description = "Run every applicable method side by side.")
    boolean compare;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--plot", paramLabel = "FILE", description = "Chart of estimates with intervals (.png or .svg).")
    Path plot;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        MseEstimator estimator = estimator();
        StratifiedCaptureHistories input = CaptureHistoryCsv.read(file, strata);
        Map<String, CaptureHistories> tables = new LinkedHashMap<>(input.strata());
        tables.put("total", input.total());
        List<EstimateFormat.Labelled> results = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (Map.Entry<String, CaptureHistories> e : tables.entrySet()) {
            String label = strata == null ? null : e.getKey();
            if (compare) {
                MseComparison c = estimator.compare(e.getValue());
                c.results().forEach(r -> results.add(new EstimateFormat.Labelled(label, r)));
                c.notEstimable().forEach((m, why) -> failures.put(prefix(label) + m, why));
            } else {
                try {
                    results.add(new EstimateFormat.Labelled(label, estimator.estimate(e.getValue())));
                } catch (IllegalArgumentException ex) {
                    if (strata == null || e.getKey().equals("total")) throw ex;
                    failures.put(prefix(label) + estimator.method().label(), ex.getMessage());
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) out.println(EstimateFormat.json(results, failures, !compare && strata == null));
        else out.print(EstimateFormat.text(results, failures, compare));
        out.flush();
        if (plot != null) {
            EstimateChart.write(
                    plot,
                    file.getFileName().toString(),
                    results.stream()
                            .map(l -> new EstimateChart.Bar(
                                    l.label() == null
                                            ? l.result().method()
                                            : l.label() + " " + l.result().method(),
                                    l.result().estimate(),
                                    l.result().lower(),
                                    l.result().upper()))
                            .toList(),
                    input.total().observed());
            spec.commandLine().getErr().println("uncounted: chart written to " + plot);
        }
        return 0;
    }

    private static String prefix(String label) {
        return label == null ? "" : label + " / ";
    }

    private MseEstimator estimator() {
        IntervalMethod im;
        if (interval == null) im = bootstrap != null ? IntervalMethod.BCA : IntervalMethod.WALD;
        else
            im = switch (interval.toLowerCase(java.util.Locale.ROOT)) {
                case "wald" -> IntervalMethod.WALD;
                case "profile" -> IntervalMethod.PROFILE;
                case "bca", "bootstrap" -> IntervalMethod.BCA;
                default ->
                    throw new CommandLine.ParameterException(
                            spec.commandLine(), "--interval: '" + interval + "'; allowed wald, profile, bca");
            };
        MseEstimator.Builder b = MseEstimator.builder()
                .method(MseMethod.parse(method))
                .interval(im)
                .seed(seed)
                .level(level)
                .threshold(threshold)
                .maxOrder(maxOrder);
        if (bootstrap != null) b.bootstrap(bootstrap);
        return b.build();
    }
}
