package org.uncounted.app.demo;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.uncounted.store.ImportReport;
import org.uncounted.store.StoreStatistics;

/**
 * The demo's summary for a researcher: what was recorded by whom, how the sources overlap (from
 * the simulation's truth, which real data never has), what happened to the women, at what price,
 * at what age. Every figure is a count over synthetic records; nothing identifying is printed.
 */
final class DemoReport {
    private final PrintWriter out;

    DemoReport(PrintWriter out) {
        this.out = out;
    }

    void imports(Iterable<ImportReport> reports) {
        heading("Records per source (each organisation imported as its own source)");
        out.printf(Locale.ROOT, "  %-28s %9s %9s %12s%n", "source", "records", "created", "records/s");
        for (ImportReport r : reports) {
            out.printf(Locale.ROOT, "  %-28s %,9d %,9d %,12.0f%n", r.source(), r.read(), r.created(), r.rate());
        }
    }

    void overlaps(TruthOverlaps t) {
        heading("Pairwise overlaps of the sources: true persons on both lists (known only in a simulation)");
        out.printf(Locale.ROOT, "  %-12s", "");
        for (String l : t.lists()) out.printf(Locale.ROOT, " %10s", abbreviate(l));
        out.println();
        for (int i = 0; i < t.lists().size(); i++) {
            out.printf(Locale.ROOT, "  %-12s", abbreviate(t.lists().get(i)));
            for (int j = 0; j < t.lists().size(); j++) {
                long v = i == j ? t.persons()[i] : t.shared()[Math.min(i, j)][Math.max(i, j)];
                out.printf(Locale.ROOT, " %,10d", v);
            }
            out.println();
        }
        out.printf(
                Locale.ROOT,
                "  (diagonal: persons on the list; %,d distinct persons on at least one list)%n",
                t.total());
    }

    void statistics(StoreStatistics s) {
        heading("Events by type (all sources; a woman recorded by two sources counts twice)");
        new TreeMap<>(s.eventsByType()).forEach((k, v) -> out.printf(Locale.ROOT, "  %-24s %,10d%n", k, v));

        heading("Prices paid for a woman, by the exploitation the sale led to (nominal, converted at the year's rate)");
        out.printf(
                Locale.ROOT,
                "  %-20s %8s %12s %12s %18s %8s%n",
                "exploitation",
                "prices",
                "median CNY",
                "median USD",
                "USD 10th-90th pct",
                "no rate");
        for (StoreStatistics.PriceSummary p : s.prices()) {
            out.printf(
                    Locale.ROOT,
                    "  %-20s %,8d %,12.0f %,12.0f %8.0f - %-8.0f %,8d%n",
                    p.exploitationType(),
                    p.count(),
                    p.medianCny(),
                    p.medianUsd(),
                    p.p10Usd(),
                    p.p90Usd(),
                    p.unconvertible());
        }

        heading("Age at crossing of the recorded victims (CTDC ageBroad bands)");
        Map<String, Long> bands = s.ageBands();
        long n = bands.values().stream().mapToLong(Long::longValue).sum();
        bands.forEach((band, count) -> out.printf(
                Locale.ROOT,
                "  %-8s %,8d  %5.1f %%  %s%n",
                band,
                count,
                n == 0 ? 0 : 100.0 * count / n,
                bar(count, n)));
        out.printf(Locale.ROOT, "  live cases %,d; purged %,d%n", s.totalCases(), s.purgedCases());
    }

    void heading(String title) {
        out.println();
        out.println(title);
        out.println("-".repeat(Math.min(title.length(), 100)));
    }

    private static String bar(long count, long n) {
        return n == 0 ? "" : "#".repeat((int) Math.round(40.0 * count / n));
    }

    private static String abbreviate(String s) {
        return s.length() <= 10 ? s : s.substring(0, 10);
    }
}
