package org.uncounted.app.report;

import java.time.LocalDate;

/**
 * Everything a headline analysis depends on besides the data; stored in a release so it can be rerun.
 *
 * @param analysisDate consent is checked on this date
 * @param seed seeds linkage sampling, bootstraps and the revenue Monte Carlo
 * @param linkageReplicates plausible linkages pooled into the population estimate
 * @param bootstrap bootstrap replicates (MSE per linkage; shares and medians)
 * @param revenueIterations Monte Carlo draws of the revenue model
 * @param threshold smallest publishable count (disclosure control)
 * @param level interval coverage
 * @param epsilon differential privacy: ε of the discrete Laplace noise added to each published table
 *     (0: no noise, only threshold, rounding and suppression)
 * @param stratify estimate the population stratum by stratum as well, or null
 */
public record HeadlineSettings(
        LocalDate analysisDate,
        long seed,
        int linkageReplicates,
        int bootstrap,
        int revenueIterations,
        int threshold,
        double level,
        java.math.BigDecimal epsilon,
        org.uncounted.app.analysis.Strata stratify) {
    public HeadlineSettings {
        if (epsilon == null || epsilon.signum() < 0) throw new IllegalArgumentException("epsilon must be >= 0");
        if (linkageReplicates < 1) throw new IllegalArgumentException("linkage replicates must be >= 1");
        if (bootstrap < 50) throw new IllegalArgumentException("bootstrap replicates must be >= 50");
        if (revenueIterations < 1000) throw new IllegalArgumentException("revenue iterations must be >= 1000");
        if (threshold < 1) throw new IllegalArgumentException("threshold must be >= 1");
    }

    /** Settings without noise (ε = 0). */
    public HeadlineSettings(
            LocalDate analysisDate,
            long seed,
            int linkageReplicates,
            int bootstrap,
            int revenueIterations,
            int threshold,
            double level) {
        this(
                analysisDate,
                seed,
                linkageReplicates,
                bootstrap,
                revenueIterations,
                threshold,
                level,
                java.math.BigDecimal.ZERO,
                null);
    }

    /** The same settings with noise of {@code e} per table. */
    public HeadlineSettings withEpsilon(java.math.BigDecimal e) {
        return new HeadlineSettings(
                analysisDate, seed, linkageReplicates, bootstrap, revenueIterations, threshold, level, e, stratify);
    }

    /** The same settings with the population also estimated by {@code by} (null: not stratified). */
    public HeadlineSettings withStratify(org.uncounted.app.analysis.Strata by) {
        return new HeadlineSettings(
                analysisDate, seed, linkageReplicates, bootstrap, revenueIterations, threshold, level, epsilon, by);
    }

    /** Defaults: today's consent, seed 1, 5 linkages, 200 bootstrap samples, 20,000 draws, threshold 11. */
    public static HeadlineSettings defaults(LocalDate today) {
        return new HeadlineSettings(today, 1, 5, 200, 20_000, 11, 0.95);
    }
}
