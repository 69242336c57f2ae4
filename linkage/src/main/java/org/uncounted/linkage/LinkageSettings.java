package org.uncounted.linkage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a linkage run compares, scores and clusters records.
 *
 * @param fields columns to compare beyond the standard names ({@link FieldKind#ofStandardName}),
 *     or to override them; a column mapped to null is ignored
 * @param baseline true for the Splink-like baseline: names compared as Latin strings (Jaro–Winkler
 *     levels 0.92/0.88/0.7, Double Metaphone, term frequencies) instead of in the Hangul pivot space
 * @param seed seed of every random step (u sampling, replicates)
 * @param matchThreshold pair probability at and above which two records are linked
 * @param reviewLow lower end of the band of pairs listed for human review
 * @param reviewHigh upper end of that band
 * @param maxBlockSize blocks up to this size are compared in full; a larger block is thinned to a
 *     sorted neighbourhood (each record paired with its 16 nearest by birth year and place), and
 *     reported as such
 * @param assumedRecall share of true matches that the deterministic rules are assumed to find;
 *     it fixes the prior, which guards EM against collapse (research note §0.3, §6.2)
 * @param sameSourceMinimum the mean probability two clusters must reach to merge when they already
 *     hold records of one source (a source rarely lists one person twice)
 * @param oneToOne true when every source is known to list each person at most once (FEBRL 4a/4b,
 *     deduplicated registers): clusters never hold two records of one source, so a record's best
 *     partner in another source may be linked at a lower threshold
 */
public record LinkageSettings(
        Map<String, FieldKind> fields,
        boolean baseline,
        long seed,
        double matchThreshold,
        double reviewLow,
        double reviewHigh,
        int maxBlockSize,
        double assumedRecall,
        double sameSourceMinimum,
        boolean oneToOne) {

    /**
     * Defaults: link at p ≥ 0.5 (the probability means what it says), review 0.2–0.8, blocks compared
     * in full up to 400 records, deterministic rules assumed to find 60% of true matches (noisy multi-script
     * data; FEBRL-like data gives 70–80%), same-source merges need a mean of p ≥ 0.8 (as log-odds), seed 1.
     */
    public static final LinkageSettings DEFAULT =
            new LinkageSettings(Map.of(), false, 1L, 0.5, 0.2, 0.8, 400, 0.6, 0.8, false);

    public LinkageSettings {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        check(matchThreshold > 0 && matchThreshold < 1, "matchThreshold must be in (0,1)");
        check(reviewLow >= 0 && reviewLow <= reviewHigh && reviewHigh <= 1, "need 0 <= reviewLow <= reviewHigh <= 1");
        check(maxBlockSize >= 2, "maxBlockSize must be >= 2");
        check(assumedRecall > 0 && assumedRecall <= 1, "assumedRecall must be in (0,1]");
        check(sameSourceMinimum >= 0 && sameSourceMinimum <= 1, "sameSourceMinimum must be in [0,1]");
    }

    private static void check(boolean ok, String rule) {
        if (!ok) throw new InvalidLinkageInputException("linkage settings: " + rule);
    }

    public LinkageSettings withBaseline(boolean b) {
        return new LinkageSettings(
                fields,
                b,
                seed,
                matchThreshold,
                reviewLow,
                reviewHigh,
                maxBlockSize,
                assumedRecall,
                sameSourceMinimum,
                oneToOne);
    }

    public LinkageSettings withSeed(long s) {
        return new LinkageSettings(
                fields,
                baseline,
                s,
                matchThreshold,
                reviewLow,
                reviewHigh,
                maxBlockSize,
                assumedRecall,
                sameSourceMinimum,
                oneToOne);
    }

    public LinkageSettings withFields(Map<String, FieldKind> f) {
        return new LinkageSettings(
                f,
                baseline,
                seed,
                matchThreshold,
                reviewLow,
                reviewHigh,
                maxBlockSize,
                assumedRecall,
                sameSourceMinimum,
                oneToOne);
    }

    public LinkageSettings withMatchThreshold(double t) {
        return new LinkageSettings(
                fields,
                baseline,
                seed,
                t,
                reviewLow,
                reviewHigh,
                maxBlockSize,
                assumedRecall,
                sameSourceMinimum,
                oneToOne);
    }

    public LinkageSettings withOneToOne(boolean o) {
        return new LinkageSettings(
                fields,
                baseline,
                seed,
                matchThreshold,
                reviewLow,
                reviewHigh,
                maxBlockSize,
                assumedRecall,
                sameSourceMinimum,
                o);
    }

    public LinkageSettings withAssumedRecall(double r) {
        return new LinkageSettings(
                fields,
                baseline,
                seed,
                matchThreshold,
                reviewLow,
                reviewHigh,
                maxBlockSize,
                r,
                sameSourceMinimum,
                oneToOne);
    }
}
