package org.uncounted.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uncounted.store.CaseStore;
import org.uncounted.store.StoreStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code uncounted stats}: aggregates over coded fields, nothing decrypted. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = {
            "Summarise the store from coded fields only: cases per source, events by type, prices by exploitation"
                    + " type (in CNY and USD at each year's rate), age at crossing.",
            "These are raw counts of records, not estimates of the population, and are not disclosure-checked:"
                    + " do not publish them as they are."
        })
public final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (CaseStore s = store.open()) {
            print(s.asOperator().statistics(), spec.commandLine().getOut());
        }
        return 0;
    }

    /** Prints the statistics as plain text tables (also used by other commands). */
    public static void print(StoreStatistics st, PrintWriter out) {
        out.printf("cases: %d live, %d purged%n%n", st.totalCases(), st.purgedCases());
        out.println("cases per source");
        table(st.casesPerSource(), out);
        out.println("events by type");
        table(st.eventsByType(), out);
        out.println("prices by exploitation type (sales and resales)");
        out.printf("  %-20s %7s %12s %10s %10s %10s%n", "type", "n", "median CNY", "median USD", "p10 USD", "p90 USD");
        for (StoreStatistics.PriceSummary p : st.prices()) {
            out.printf(
                    "  %-20s %7d %12.0f %10.0f %10.0f %10.0f%n",
                    p.exploitationType(), p.count(), p.medianCny(), p.medianUsd(), p.p10Usd(), p.p90Usd());
        }
        out.println();
        out.println("age at crossing (CTDC bands)");
        table(st.ageBands(), out);
    }

    private static void table(Map<String, Long> m, PrintWriter out) {
        m.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.printf("  %-28s %9d%n", e.getKey(), e.getValue()));
        out.println();
    }
}
