package org.uncounted.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.uncounted.store.CaseStore;
import org.uncounted.store.StoreSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code uncounted export --out FILE}. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Export cases. JSON holds everything, identifying fields in clear: keep the file encrypted. CTDC CSV holds"
                    + " coded fields only (one row per victim) of the cases whose consent allows statistical use, made"
                    + " k-anonymous (--k, default 11, as CTDC) and recorded as a release; --unprotected writes every"
                    + " case's rows as recorded, for a partner entitled to the records.",
            "With one source (or --source) --out is a file; otherwise --out is a directory receiving one file per"
                    + " source. Every export is recorded in the audit log."
        })
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "Output file (or directory).")
    Path out;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT", description = "json (default) or ctdc.")
    String format;

    @Option(names = "--source", paramLabel = "NAME", description = "Export only this source.")
    String source;

    @Option(
            names = "--k",
            defaultValue = "11",
            paramLabel = "K",
            description = "CTDC: every combination of the quasi-identifiers is shared by at least K rows (default 11).")
    int k;

    @Option(
            names = "--unprotected",
            description = "CTDC: write the rows as recorded, without consent filtering or k-anonymity (audited).")
    boolean unprotected;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress bar.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        boolean ctdc = switch (format) {
            case "json" -> false;
            case "ctdc" -> true;
            default -> throw new IllegalArgumentException("--format must be json or ctdc, was '" + format + "'");
        };
        PrintWriter pw = spec.commandLine().getOut();
        if (ctdc && !unprotected) {
            return exportPublicCtdc(pw);
        }
        try (CaseStore s = store.open()) {
            StoreSession session = s.asOperator();
            List<String> sources = source != null ? List.of(source) : session.sources();
            boolean toDirectory = sources.size() != 1;
            if (toDirectory) Files.createDirectories(out);
            for (String name : sources) {
                Path file = toDirectory ? out.resolve(name + (ctdc ? ".csv" : ".json")) : out;
                long n;
                try (OutputStream os = Files.newOutputStream(file);
                        ConsoleProgress bar = ConsoleProgress.start("export " + name, -1, "cases", quiet)) {
                    n = ctdc ? session.exportCtdc(name, os, bar::stepTo) : session.exportJson(name, os, bar::stepTo);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + file, e);
                }
                pw.printf("%s: %d %s of source %s%n", file, n, ctdc ? "rows" : "cases", name);
            }
        }
        return 0;
    }

    /** One k-anonymous CSV over the consented cases (of --source, or of every source), recorded as a release. */
    private int exportPublicCtdc(PrintWriter pw) throws IOException {
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException(
                    "--out: a k-anonymous CTDC export is one file, and " + out + " is a directory");
        }
        try (CaseStore s = store.open()) {
            StoreSession session = s.asOperator();
            if (source != null && !session.sources().contains(source)) {
                throw new IllegalArgumentException("--source: no source named " + source + " in this store");
            }
            var stored = org.uncounted.app.analysis.StoredCases.read(session, java.time.LocalDate.now());
            org.uncounted.app.report.PublicCtdcExport.Result r;
            try (OutputStream os = Files.newOutputStream(out)) {
                r = org.uncounted.app.report.PublicCtdcExport.write(stored, source, k, os);
            }
            session.recordRelease(
                    r.releaseId(),
                    getClass().getPackage().getImplementationVersion() == null
                            ? "dev"
                            : getClass().getPackage().getImplementationVersion(),
                    stored.snapshotHash(),
                    r.releaseId(),
                    "export ctdc k=" + k + (source == null ? "" : " source=" + source),
                    r.caseIds());
            pw.printf(
                    "%s: %d rows from %d cases (%d cases left out: no consent to statistical use)%n",
                    out, r.data().data().rows().size(), r.caseIds().size(), r.excludedForConsent());
            pw.println("  " + r.data().summary());
            pw.println("  recorded release " + r.releaseId() + " (see: uncounted consent affected)");
        }
        return 0;
    }
}
