package org.uncounted.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.uncounted.app.analysis.StoredCases;
import org.uncounted.store.StoreSession;

/** Computes the headline table from a store and writes the HTML and PDF reports and the release manifest. */
public final class HeadlineReport {
    private HeadlineReport() {}

    /** Reads consented cases, analyses them and returns the table (nothing written). */
    public static Headline compute(StoreSession session, HeadlineSettings settings) {
        return HeadlineAnalysis.run(StoredCases.read(session, settings.analysisDate()), settings);
    }

    /**
     * Writes {@code out} (.html or .pdf; the other format is written beside it with the same base
     * name) and {@code <base>.release.properties}.
     *
     * @param simulationDir the simulation behind the data, to compare with its truth, or null
     */
    public static ReleaseManifest write(Headline h, Path out, Path simulationDir, String version) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        if (!ext.equals("html") && !ext.equals("pdf")) {
            throw new IllegalArgumentException("--out " + out + ": the report file must end in .html or .pdf");
        }
        Path base = out.resolveSibling(name.substring(0, dot));
        SimulationTruth truth = simulationDir == null ? null : SimulationTruth.read(simulationDir);
        try {
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            Files.writeString(
                    base.resolveSibling(base.getFileName() + ".html"),
                    HeadlineHtml.render(h, truth, version),
                    StandardCharsets.UTF_8);
            Files.write(base.resolveSibling(base.getFileName() + ".pdf"), HeadlinePdf.render(h, version));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReleaseManifest m = ReleaseManifest.of(h, version);
        m.write(base.resolveSibling(base.getFileName() + ".release.properties"));
        return m;
    }
}
