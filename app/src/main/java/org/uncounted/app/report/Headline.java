package org.uncounted.app.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.uncounted.app.analysis.ScaleAnalysis;
import org.uncounted.disclosure.PublishedRelease;
import org.uncounted.figures.RevenueResult;
import org.uncounted.figures.Share;
import org.uncounted.figures.SurvivalCurve;

/**
 * The headline table and what it was computed from.
 *
 * @param lines every published figure
 * @param settings what ran (for the methods appendix and the release)
 * @param scale the population estimate (pooled over linkage replicates)
 * @param typeShares shares of trafficked persons by first exploitation type, with simultaneous intervals
 * @param survival Kaplan–Meier curves of exploitation spells by type
 * @param revenue the revenue Monte Carlo
 * @param published the disclosure-controlled count tables of this release
 * @param casesUsed cases with consent to analysis
 * @param casesExcluded cases left out for lack of that consent
 * @param snapshotHash hash of the data the figures were computed from
 */
public record Headline(
        List<HeadlineLine> lines,
        HeadlineSettings settings,
        ScaleAnalysis scale,
        List<Share> typeShares,
        java.util.Map<String, SurvivalCurve> survival,
        RevenueResult revenue,
        PublishedRelease published,
        long casesUsed,
        long casesExcluded,
        String snapshotHash) {

    /** SHA-256 over the canonical lines: equal fingerprints mean a bit-for-bit identical table. */
    public String fingerprint() {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (HeadlineLine l : lines) d.update((l.canonical() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
