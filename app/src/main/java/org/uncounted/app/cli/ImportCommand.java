package org.uncounted.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.uncounted.store.CaseStore;
import org.uncounted.store.ImportReport;
import org.uncounted.store.StoreSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code uncounted import FILE...}. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import case files into the store. Each file is one transaction: if any record is bad, nothing of that"
                    + " file is written and every bad record is listed as file:line: field 'x' value 'y': rule"
                    + " (exit code 2).",
            "Re-importing a record (same source, same source-record id) updates it; an unchanged record is left"
                    + " alone, so running the same import twice is harmless."
        })
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Case files (JSON, or CTDC CSV with --format ctdc).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT", description = "json (default) or ctdc.")
    String format;

    @Option(
            names = "--source-name",
            paramLabel = "NAME",
            description = "Store the records under this source id (required for ctdc; for json it overrides the file's"
                    + " source).")
    String sourceName;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress bar.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean ctdc = switch (format) {
            case "json" -> false;
            case "ctdc" -> true;
            default -> throw new IllegalArgumentException("--format must be json or ctdc, was '" + format + "'");
        };
        if (ctdc && sourceName == null) {
            throw new IllegalArgumentException(
                    "--format ctdc needs --source-name: CTDC files do not name their source");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (CaseStore s = store.open()) {
            StoreSession session = s.asOperator();
            for (Path file : files) {
                ImportReport r;
                try (ConsoleProgress bar =
                        ConsoleProgress.start("import " + file.getFileName(), -1, "records", quiet)) {
                    r = ctdc
                            ? session.importCtdc(file, sourceName, bar::stepTo)
                            : session.importJson(file, sourceName, bar::stepTo);
                }
                out.printf(
                        "%s: %d records of source %s: %d new, %d updated, %d unchanged%s (%.0f records/s)%n",
                        file,
                        r.read(),
                        r.source(),
                        r.created(),
                        r.updated(),
                        r.unchanged(),
                        r.skippedPurged() > 0 ? ", " + r.skippedPurged() + " purged and skipped" : "",
                        r.rate());
            }
        }
        return 0;
    }
}
