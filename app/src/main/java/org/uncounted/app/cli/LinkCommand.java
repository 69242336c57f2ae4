package org.uncounted.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uncounted.linkage.Decision;
import org.uncounted.linkage.Evaluation;
import org.uncounted.linkage.FieldKind;
import org.uncounted.linkage.InvalidLinkageInputException;
import org.uncounted.linkage.LinkRecord;
import org.uncounted.linkage.LinkageCsv;
import org.uncounted.linkage.LinkageEngine;
import org.uncounted.linkage.LinkageResult;
import org.uncounted.linkage.LinkageSettings;
import org.uncounted.linkage.ScoredPair;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code uncounted link FILE.csv [FILE.csv …] --out clusters.csv}: links records of the same person
 * across sources and writes {@code record_id,person_id}. Input columns are recognised by their
 * standard names (name, surname, given_name, birth_date, birth_year, age, age_at, sex, origin,
 * place); others are mapped in {@code --settings}. Field values are never printed.
 */
@Command(
        name = "link",
        mixinStandardHelpOptions = true,
        subcommands = {LinkBenchCommand.class},
        description = {
            "Link records of the same person across CSV files (Hangul, Hanja, pinyin and every romanization).",
            "Writes record_id,person_id; with --truth prints pairwise and B-cubed precision, recall and F1."
        })
public final class LinkCommand implements Callable<Integer> {
    @Parameters(
            arity = "0..*",
            paramLabel = "FILE.csv",
            description = "Records: header row, record_id, source (or one file per source).")
    List<Path> files;

    @Option(names = "--out", description = "Where to write record_id,person_id (required).")
    Path out;

    @Option(
            names = "--pairs",
            description = "Also write scored pairs (p >= --min-probability) with each field's contribution.")
    Path pairs;

    @Option(
            names = "--min-probability",
            description = "Lowest pair probability written to --pairs (default ${DEFAULT-VALUE}).")
    double minProbability = 0.05;

    @Option(names = "--review", description = "Write the review queue (pairs in the uncertain band) to this CSV.")
    Path review;

    @Option(names = "--truth", description = "record_id,person_id: evaluate the linkage against it.")
    Path truth;

    @Option(names = "--settings", description = "JSON settings: fields (column -> kind), matchThreshold, oneToOne, …")
    Path settingsFile;

    @Option(
            names = "--decisions",
            description = "Stored review decisions record_id_a,record_id_b,decision; they override the model.")
    Path decisions;

    @Option(
            names = "--replicates",
            description = "Sample K plausible linkages from the pair probabilities (written beside --out).")
    int replicates = 0;

    @Option(names = "--seed", description = "Seed of every random step (default: settings or 1).")
    Long seed;

    @Option(
            names = "--baseline",
            description = "Use the Splink-like baseline (Latin Jaro-Winkler, Double Metaphone, TF).")
    boolean baseline;

    @Option(names = "--one-to-one", description = "Each source lists a person at most once (deduplicated registers).")
    boolean oneToOne;

    @Option(names = "--explain-model", description = "Print the trained m and u per comparison level.")
    boolean explainModel;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (files == null || files.isEmpty())
            throw new InvalidLinkageInputException("link: give at least one FILE.csv");
        if (out == null) throw new InvalidLinkageInputException("link: --out clusters.csv is required");
        if (replicates < 0) throw new InvalidLinkageInputException("--replicates must be >= 0");
        LinkageSettings settings = settingsFile == null ? LinkageSettings.DEFAULT : readSettings(settingsFile);
        if (baseline) settings = settings.withBaseline(true);
        if (oneToOne) settings = settings.withOneToOne(true);
        if (seed != null) settings = settings.withSeed(seed);
        List<LinkRecord> records = new ArrayList<>();
        for (Path f : files) records.addAll(LinkageCsv.read(f));
        List<Decision> stored = decisions == null ? List.of() : LinkageCsv.readDecisions(decisions);
        LinkageResult result = LinkageEngine.of(settings).link(records, stored, replicates);
        writeClusters(out, result.personIds());
        PrintWriter o = spec.commandLine().getOut();
        o.printf(
                Locale.ROOT,
                "linked %,d records into %,d persons (%s); %,d candidate pairs, %,d for review%n",
                records.size(),
                result.personCount(),
                settings.baseline() ? "Splink-like baseline" : "Hangul pivot",
                result.blocking().candidatePairs(),
                result.reviewQueue().size());
        result.unusedDates()
                .forEach((column, count) -> o.printf(
                        Locale.ROOT,
                        "note: column '%s': %,d values not used as dates (not YYYY, YYYY-MM, YYYY-MM-DD, ~YYYY,"
                                + " a range, season or decade; or wider than three years); they count as missing%n",
                        column,
                        count));
        if (explainModel) o.print(result.model().describe());
        if (pairs != null) writePairs(pairs, result, result.pairs(minProbability));
        if (review != null) writePairs(review, result, result.reviewQueue());
        if (replicates > 0) writeReplicates(replicatesPath(out), result.replicates());
        if (truth != null) {
            Map<String, String> t = LinkageCsv.readTruth(truth);
            o.println(Evaluation.of(result.personIds(), t).summary());
            o.printf(
                    Locale.ROOT,
                    "blocking: pair completeness=%.4f, %.1f candidate pairs per record%n",
                    result.pairCompleteness(t),
                    result.blocking().pairsPerRecord());
        }
        o.flush();
        return 0;
    }

    static Path replicatesPath(Path out) {
        String name = out.getFileName().toString().replaceFirst("\\.csv$", "");
        return out.resolveSibling(name + ".replicates.csv");
    }

    /** Reads settings JSON: {"fields": {"col": "NAME"}, "matchThreshold": 0.5, "oneToOne": false, …}. */
    static LinkageSettings readSettings(Path file) throws IOException {
        JsonNode n;
        try {
            n = new ObjectMapper().readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidLinkageInputException(file.getFileName() + ": not valid JSON at line "
                    + e.getLocation().getLineNr());
        }
        LinkageSettings d = LinkageSettings.DEFAULT;
        Map<String, FieldKind> fields = new LinkedHashMap<>();
        if (n.has("fields")) {
            var it = n.get("fields").fields();
            while (it.hasNext()) {
                var e = it.next();
                String kind =
                        e.getValue().isNull() ? null : e.getValue().asText().toUpperCase(Locale.ROOT);
                try {
                    fields.put(
                            e.getKey().toLowerCase(Locale.ROOT),
                            kind == null || kind.equals("IGNORE") ? null : FieldKind.valueOf(kind));
                } catch (IllegalArgumentException ex) {
                    throw new InvalidLinkageInputException(file.getFileName() + ": field kind of column " + e.getKey()
                            + " must be one of " + java.util.Arrays.toString(FieldKind.values()) + " or IGNORE");
                }
            }
        }
        return new LinkageSettings(
                fields,
                n.path("baseline").asBoolean(d.baseline()),
                n.path("seed").asLong(d.seed()),
                n.path("matchThreshold").asDouble(d.matchThreshold()),
                n.path("reviewLow").asDouble(d.reviewLow()),
                n.path("reviewHigh").asDouble(d.reviewHigh()),
                n.path("maxBlockSize").asInt(d.maxBlockSize()),
                n.path("assumedRecall").asDouble(d.assumedRecall()),
                n.path("sameSourceMinimum").asDouble(d.sameSourceMinimum()),
                n.path("oneToOne").asBoolean(d.oneToOne()));
    }

    private static void writeClusters(Path file, Map<String, String> persons) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("record_id,person_id\n");
            for (var e : persons.entrySet()) w.write(csv(e.getKey()) + "," + e.getValue() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePairs(Path file, LinkageResult result, List<ScoredPair> list) {
        List<String> comparisons = result.model().comparisons();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("record_id_a,record_id_b,probability,match_weight,decided,prior");
            for (String c : comparisons) w.write(",w_" + c);
            w.write("\n");
            for (ScoredPair p : list) {
                Map<String, Double> ex = result.explain(p.recordIdA(), p.recordIdB());
                w.write(String.format(
                        Locale.ROOT,
                        "%s,%s,%.6f,%.3f,%s,%.3f",
                        csv(p.recordIdA()),
                        csv(p.recordIdB()),
                        p.probability(),
                        p.weight(),
                        p.decided(),
                        ex.get("prior")));
                for (String c : comparisons) w.write(String.format(Locale.ROOT, ",%.3f", ex.get(c)));
                w.write("\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeReplicates(Path file, List<Map<String, String>> reps) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("replicate,record_id,person_id\n");
            for (int r = 0; r < reps.size(); r++) {
                for (var e : reps.get(r).entrySet())
                    w.write((r + 1) + "," + csv(e.getKey()) + "," + e.getValue() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
