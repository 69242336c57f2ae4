package org.uncounted.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.uncounted.estimation.MseResult;

/** The methods appendix: what ran, with which settings, and what each figure assumes. */
final class HeadlineMethods {
    private HeadlineMethods() {}

    static List<String> describe(Headline h, String version) {
        List<String> out = new ArrayList<>();
        HeadlineSettings s = h.settings();
        out.add("Software: uncounted " + version + "; seed " + s.seed() + "; data snapshot SHA-256 " + h.snapshotHash()
                + "; table fingerprint " + h.fingerprint() + ".");
        out.add(String.format(
                Locale.ROOT,
                "Consent: %s cases allow statistical analysis on %s; %s were left out.",
                HeadlineLine.count(h.casesUsed(), s.threshold()),
                s.analysisDate(),
                HeadlineLine.count(h.casesExcluded(), s.threshold())));
        out.add(String.format(
                Locale.ROOT,
                "Linkage: Fellegi-Sunter with EM-estimated m and random-pair u, names compared as Hangul readings"
                        + " across scripts and romanizations; %s records became %s persons; %d plausible linkages"
                        + " were sampled from the pair probabilities (docs/methods/linkage.md).",
                HeadlineLine.count(h.scale().linkage().personIds().size(), s.threshold()),
                HeadlineLine.count(h.scale().linkage().personCount(), s.threshold()),
                s.linkageReplicates()));
        for (MseResult r : h.scale().linked().perReplicate()) {
            out.add(String.format(
                    Locale.ROOT,
                    "MSE on %s: %s model %s, %s observed, estimate %,.0f [%,.0f, %,.0f]"
                            + " (%s); non-overlapping pairs: %s.",
                    r.source(),
                    r.method(),
                    r.model(),
                    HeadlineLine.count(r.observed(), s.threshold()),
                    r.estimate(),
                    r.lower(),
                    r.upper(),
                    r.intervalMethod(),
                    r.diagnostics().nonOverlappingPairs()));
        }
        h.scale().linked().pooled().diagnostics().notes().forEach(n -> out.add("Pooling: " + n + "."));
        out.add("MSE assumes a closed population, perfect linkage within each replicate (linkage error enters through"
                + " the replicates), and capture heterogeneity only as far as the selected interactions model it;"
                + " when sources recruit from each other (positive dependence) an unmodelled interaction biases the"
                + " total down (docs/methods/mse.md).");
        if (s.linkageReplicates() > 1) {
            out.add(String.format(
                    Locale.ROOT,
                    "Shares: computed on each of the %d linkage replicates and pooled by Rubin's rules on the logit"
                            + " scale (Rubin 1987), so the intervals carry linkage uncertainty as well as sampling"
                            + " error; the exploitation-type split at the Bonferroni level that keeps its four"
                            + " intervals simultaneous. Persons are counted once whatever their number of records;"
                            + " the n shown is the point linkage's.",
                    s.linkageReplicates()));
        } else {
            out.add("Shares: Wilson score intervals for single proportions and Goodman simultaneous intervals for the"
                    + " exploitation-type split, over linked persons, each counted once whatever her number of"
                    + " records; with one linkage, linkage error is not in these intervals.");
        }
        out.add("Ages: age at her earliest dated crossing in any of her records, from the midpoint of the stated"
                + " birth years (Korean age reckoning converted on import).");
        out.add(
                "Prices: converted to CNY and deflated to 2019 prices with the shipped yearly exchange rates and CPI;"
                        + " medians with percentile bootstrap intervals that resample persons of the point linkage"
                        + " (linkage error moves which prices are clustered together, not the prices, so it is left out here).");
        out.add("Durations: Kaplan-Meier with right censoring at the date the case was recorded; medians with"
                + " Brookmeyer-Crowley intervals.");
        out.add(String.format(
                Locale.ROOT,
                "Revenue: Monte Carlo (%,d draws, seed %d) over the parameter file %s;"
                        + " stocks come from that file's reconstruction, not from the population estimate, because the"
                        + " estimate counts women over the whole period, not those exploited in one year.",
                h.revenue().iterations(),
                h.revenue().seed(),
                h.revenue().parametersVersion()));
        out.add(String.format(
                Locale.ROOT,
                "Disclosure control: %s; suppressed cells: %d.",
                h.published().record().threshold() + " threshold, base "
                        + h.published().record().roundingBase() + " rounding ("
                        + h.published().record().rounding() + ")",
                h.published().record().suppressed().size()));
        if (s.epsilon().signum() > 0) {
            int tables = h.published().tables().size();
            out.add(String.format(
                    Locale.ROOT,
                    "Differential privacy: discrete Laplace noise with ε = %s on each of the %d published count"
                            + " tables (ε = %s for the release), sampled exactly from integers; charged to this"
                            + " store's privacy-budget ledger and recorded in its audit log. Thresholds, rounding and"
                            + " suppression apply after the noise.",
                    s.epsilon().toPlainString(),
                    tables,
                    h.published().record().epsilonSpent().toPlainString()));
        }
        return out;
    }
}
