package org.uncounted.disclosure;

import java.math.BigDecimal;

/**
 * The rules a release must meet before it leaves the system. {@link #DEFAULT}: threshold 11 (as
 * the CTDC k-anonymised file and the US CMS "no cell 1–10" policy), conventional rounding to base
 * 5 (ONS/Eurostat practice), protection width 11 for every suppressed cell, no noise, lifetime
 * ε cap 4 per dataset (proposal of privacy-security.md §7 G3).
 *
 * @param threshold published counts are 0 or ≥ this (after noise and after rounding)
 * @param roundingBase published counts are multiples of this (1 = no rounding)
 * @param protectionWidth every suppressed cell's feasible interval, computed from everything else
 *     the release publishes, must be at least this wide
 * @param suppressZeros whether zero cells are suppressed too (hides structural absences)
 * @param noise differential-privacy noise, or {@link NoiseMechanism.None}
 * @param lifetimeEpsilon the dataset's total ε budget over all releases
 */
public record DisclosurePolicy(
        int threshold,
        int roundingBase,
        int protectionWidth,
        boolean suppressZeros,
        NoiseMechanism noise,
        BigDecimal lifetimeEpsilon) {
    /** Capture-history overlap cells are never published below this, whatever the policy says. */
    public static final int CAPTURE_HISTORY_MIN_THRESHOLD = 11;

    public static final DisclosurePolicy DEFAULT =
            new DisclosurePolicy(11, 5, 11, false, new NoiseMechanism.None(), new BigDecimal("4"));

    public DisclosurePolicy {
        if (threshold < 1 || threshold > 1000) {
            throw new InvalidTableException("threshold must be in 1..1000: " + threshold);
        }
        if (roundingBase < 1 || roundingBase > 100) {
            throw new InvalidTableException("roundingBase must be in 1..100: " + roundingBase);
        }
        if (protectionWidth < 0 || protectionWidth > 10_000) {
            throw new InvalidTableException("protectionWidth must be in 0..10000: " + protectionWidth);
        }
        if (lifetimeEpsilon.signum() < 0) {
            throw new InvalidTableException("lifetimeEpsilon must be ≥ 0: " + lifetimeEpsilon);
        }
    }

    public DisclosurePolicy withThreshold(int t) {
        return new DisclosurePolicy(t, roundingBase, protectionWidth, suppressZeros, noise, lifetimeEpsilon);
    }

    public DisclosurePolicy withRoundingBase(int b) {
        return new DisclosurePolicy(threshold, b, protectionWidth, suppressZeros, noise, lifetimeEpsilon);
    }

    public DisclosurePolicy withProtectionWidth(int w) {
        return new DisclosurePolicy(threshold, roundingBase, w, suppressZeros, noise, lifetimeEpsilon);
    }

    public DisclosurePolicy withSuppressZeros(boolean z) {
        return new DisclosurePolicy(threshold, roundingBase, protectionWidth, z, noise, lifetimeEpsilon);
    }

    public DisclosurePolicy withNoise(NoiseMechanism n) {
        return new DisclosurePolicy(threshold, roundingBase, protectionWidth, suppressZeros, n, lifetimeEpsilon);
    }

    public DisclosurePolicy withLifetimeEpsilon(BigDecimal cap) {
        return new DisclosurePolicy(threshold, roundingBase, protectionWidth, suppressZeros, noise, cap);
    }

    /** The threshold that applies to a table of this kind. */
    public int thresholdFor(TableKind kind) {
        return kind == TableKind.CAPTURE_HISTORY ? Math.max(threshold, CAPTURE_HISTORY_MIN_THRESHOLD) : threshold;
    }

    public boolean isNoisy() {
        return !(noise instanceof NoiseMechanism.None);
    }
}
