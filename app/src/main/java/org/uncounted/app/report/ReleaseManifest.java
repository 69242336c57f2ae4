package org.uncounted.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What a published analysis needs to be reproduced bit for bit: the data snapshot hash, every
 * setting and seed, the software version, and the fingerprint of the resulting table. Written next
 * to the report; {@code uncounted report rerun} recomputes and compares.
 */
public record ReleaseManifest(
        String releaseId, String softwareVersion, String snapshotHash, HeadlineSettings settings, String fingerprint) {

    static ReleaseManifest of(Headline h, String version) {
        return new ReleaseManifest(
                "headline-" + h.fingerprint().substring(0, 12),
                version,
                h.snapshotHash(),
                h.settings(),
                h.fingerprint());
    }

    /** Writes the manifest as a properties file (stable key order). */
    public void write(Path file) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("format", "uncounted-release/1");
        m.put("release", releaseId);
        m.put("software", softwareVersion);
        m.put("snapshot.sha256", snapshotHash);
        m.put("analysis.date", settings.analysisDate().toString());
        m.put("seed", Long.toString(settings.seed()));
        m.put("linkage.replicates", Integer.toString(settings.linkageReplicates()));
        m.put("bootstrap", Integer.toString(settings.bootstrap()));
        m.put("revenue.iterations", Integer.toString(settings.revenueIterations()));
        m.put("disclosure.threshold", Integer.toString(settings.threshold()));
        m.put("level", Double.toString(settings.level()));
        m.put("disclosure.epsilon", settings.epsilon().toPlainString());
        m.put(
                "scale.strata",
                settings.stratify() == null ? "none" : settings.stratify().code());
        m.put("table.sha256", fingerprint);
        StringBuilder b = new StringBuilder(
                "# Release manifest: rerun with 'uncounted report rerun " + file.getFileName() + "'\n");
        m.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        try {
            Files.writeString(file, b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a manifest; a missing or malformed key is an error naming the file and the key. */
    public static ReleaseManifest read(Path file) {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!"uncounted-release/1".equals(p.getProperty("format"))) {
            throw new IllegalArgumentException(file + ": key 'format' must be uncounted-release/1");
        }
        try {
            HeadlineSettings s = new HeadlineSettings(
                    LocalDate.parse(req(p, file, "analysis.date")),
                    Long.parseLong(req(p, file, "seed")),
                    Integer.parseInt(req(p, file, "linkage.replicates")),
                    Integer.parseInt(req(p, file, "bootstrap")),
                    Integer.parseInt(req(p, file, "revenue.iterations")),
                    Integer.parseInt(req(p, file, "disclosure.threshold")),
                    Double.parseDouble(req(p, file, "level")),
                    new java.math.BigDecimal(
                            p.getProperty("disclosure.epsilon", "0").trim()),
                    p.getProperty("scale.strata", "none").trim().equals("none")
                            ? null
                            : org.uncounted.app.analysis.Strata.fromCode(
                                    p.getProperty("scale.strata").trim()));
            return new ReleaseManifest(
                    req(p, file, "release"),
                    req(p, file, "software"),
                    req(p, file, "snapshot.sha256"),
                    s,
                    req(p, file, "table.sha256"));
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage().startsWith(file.toString())) throw e;
            throw new IllegalArgumentException(file + ": malformed value (" + e.getMessage() + ")", e);
        }
    }

    private static String req(Properties p, Path file, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) throw new IllegalArgumentException(file + ": key '" + key + "' is missing");
        return v.trim();
    }
}
