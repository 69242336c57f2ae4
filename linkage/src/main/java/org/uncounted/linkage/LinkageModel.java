package org.uncounted.linkage;

import java.util.List;

/**
 * A trained Fellegi–Sunter model: per comparison, per level, the probability m of the level among
 * true matches and u among non-matches, and λ, the probability that two random records match.
 * The match weight of a pair is {@code log2(λ/(1−λ)) + Σ log2(m/u)} over its levels (missing
 * values add nothing), plus term-frequency adjustments; its probability is {@code 2^w/(1+2^w)}.
 *
 * @param comparisons comparison names, in pattern order
 * @param levelLabels per comparison, the label of each level (0 = else)
 * @param m per comparison and level, P(level | match)
 * @param u per comparison and level, P(level | non-match), from random pairs
 * @param lambda prior probability that two random records match (fixed from deterministic rules)
 * @param emIterations EM iterations run
 */
public record LinkageModel(
        List<String> comparisons,
        List<List<String>> levelLabels,
        double[][] m,
        double[][] u,
        double lambda,
        int emIterations) {

    /** log2 Bayes factor m/u of a level. */
    public double weight(int comparison, int level) {
        return Math.log(m[comparison][level] / u[comparison][level]) / Math.log(2);
    }

    /** log2 prior odds. */
    public double priorWeight() {
        return Math.log(lambda / (1 - lambda)) / Math.log(2);
    }

    /** Human-readable table: one line per comparison level with m, u and weight. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("prior lambda=%.3g (weight %.2f)%n", lambda, priorWeight()));
        for (int c = 0; c < comparisons.size(); c++) {
            for (int l = m[c].length - 1; l >= 0; l--) {
                b.append(String.format(
                        "%-12s %-40s m=%.4f u=%.6f w=%+.2f%n",
                        comparisons.get(c), levelLabels.get(c).get(l), m[c][l], u[c][l], weight(c, l)));
            }
        }
        return b.toString();
    }
}
