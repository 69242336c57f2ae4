package org.uncounted.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.uncounted.app.report.HeadlineLine;
import org.uncounted.app.report.HeadlineReport;
import org.uncounted.app.report.HeadlineSettings;
import org.uncounted.app.report.ReleaseManifest;
import org.uncounted.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code uncounted report headline|rerun}: the published table with intervals, and its reproduction. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Reports that leave the system: every count passes disclosure control first.",
        subcommands = {ReportCommand.Headline.class, ReportCommand.Rerun.class})
public final class ReportCommand extends CommandGroup {

    static String version() {
        String v = ReportCommand.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Command(
            name = "headline",
            mixinStandardHelpOptions = true,
            description = {
                "The headline table: scale (linkage + multiple systems estimation), shares, prices, ages, durations"
                        + " and revenue, each with its interval, n and method; charts; a methods appendix.",
                "Writes FILE.html and FILE.pdf and FILE.release.properties (for 'report rerun')."
            })
    static final class Headline implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(
                names = "--out",
                paramLabel = "FILE",
                description = "report.html or report.pdf (default: ${DEFAULT-VALUE}).")
        Path out = Path.of("report.html");

        @Option(names = "--seed", description = "Seed of every random step (default: ${DEFAULT-VALUE}).")
        long seed = 1;

        @Option(
                names = "--replicates",
                paramLabel = "K",
                description = "Linkage replicates (default: ${DEFAULT-VALUE}).")
        int replicates = 5;

        @Option(names = "--bootstrap", paramLabel = "B", description = "Bootstrap samples (default: ${DEFAULT-VALUE}).")
        int bootstrap = 200;

        @Option(names = "--threshold", description = "Smallest publishable count (default: ${DEFAULT-VALUE}).")
        int threshold = 11;

        @Option(
                names = "--epsilon",
                paramLabel = "E",
                description = "Differential privacy: discrete Laplace noise with this ε on every published table,"
                        + " charged to the store's privacy budget (default: ${DEFAULT-VALUE}, no noise).")
        java.math.BigDecimal epsilon = java.math.BigDecimal.ZERO;

        @Option(
                names = "--epsilon-cap",
                paramLabel = "CAP",
                description = "Lifetime ε of this store's data over all releases; a release beyond it is refused"
                        + " (default: ${DEFAULT-VALUE}).")
        java.math.BigDecimal epsilonCap = org.uncounted.disclosure.DisclosurePolicy.DEFAULT.lifetimeEpsilon();

        @Option(
                names = "--stratify",
                paramLabel = "BY",
                description = "Also estimate the population stratum by stratum and sum: crossing-period, origin or"
                        + " first-type.")
        String stratify;

        @Option(
                names = "--truth",
                paramLabel = "SIMDIR",
                description = "A simulation directory: compare with its truth.")
        Path truth;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            HeadlineSettings s = new HeadlineSettings(
                            LocalDate.now(java.time.ZoneOffset.UTC),
                            seed,
                            replicates,
                            bootstrap,
                            20_000,
                            threshold,
                            0.95)
                    .withEpsilon(epsilon)
                    .withStratify(stratify == null ? null : org.uncounted.app.analysis.Strata.fromCode(stratify));
            try (CaseStore cs = store.open()) {
                var session = cs.asOperator();
                var stored = org.uncounted.app.analysis.StoredCases.read(session, s.analysisDate());
                org.uncounted.app.report.Headline h = org.uncounted.app.report.HeadlineAnalysis.publish(
                        stored, s, session.budgetLedger(), session.disclosureAuditSink(), epsilonCap);
                ReleaseManifest m = HeadlineReport.write(h, out, truth, version());
                session.recordRelease(
                        m.releaseId(),
                        m.softwareVersion(),
                        m.snapshotHash(),
                        m.fingerprint(),
                        m.settings().toString(),
                        stored.cases().stream()
                                .map(org.uncounted.app.analysis.StoredCases.SourcedCase::storeId)
                                .toList());
                print(o, h);
                o.println("wrote the report (HTML and PDF) and its release manifest: release " + m.releaseId());
                o.println("recorded release " + m.releaseId() + " over "
                        + stored.cases().size() + " cases (see: uncounted consent affected)");
            }
            return 0;
        }
    }

    @Command(
            name = "rerun",
            mixinStandardHelpOptions = true,
            description =
                    "Recompute a release from its manifest and check that data and table are bit for bit the same.")
    static final class Rerun implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "MANIFEST", description = "The FILE.release.properties written with the report.")
        Path manifest;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            ReleaseManifest m = ReleaseManifest.read(manifest);
            try (CaseStore cs = store.open()) {
                org.uncounted.app.report.Headline h = HeadlineReport.compute(cs.asOperator(), m.settings());
                boolean data = h.snapshotHash().equals(m.snapshotHash());
                boolean table = h.fingerprint().equals(m.fingerprint());
                o.println("data snapshot: " + (data ? "identical" : "DIFFERENT (the store changed since the release)"));
                o.println("table:         " + (table ? "identical, bit for bit" : "DIFFERENT; recomputed table:"));
                if (!table) print(o, h);
                if (!m.softwareVersion().equals(version())) {
                    o.println("note: released with " + m.softwareVersion() + ", rerun with " + version());
                }
                return data && table ? 0 : 1;
            }
        }
    }

    static void print(PrintWriter o, org.uncounted.app.report.Headline h) {
        for (HeadlineLine l : h.lines()) {
            o.printf(
                    java.util.Locale.ROOT,
                    "  %-10s %-62s %14s  %s%n",
                    l.section(),
                    l.figure(),
                    org.uncounted.app.report.HeadlinePublic.format(l),
                    l.n() == null ? "" : "n=" + l.n());
        }
    }
}
