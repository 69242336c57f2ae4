package org.uncounted.figures;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * Shares of k categories with simultaneous intervals: all k intervals cover their true shares
 * together with probability ≈ level. Goodman (1965, Technometrics 7:247): each interval is the
 * Wilson interval with z² = χ²₁ quantile at 1 − (1 − level)/k (a Bonferroni split), so it is
 * wider than k separate Wilson intervals. Use it when readers compare the categories with each
 * other (the KFI 50/30/15 split).
 */
public final class MultinomialShares {
    private MultinomialShares() {}

    public static List<Share> goodman(List<String> categories, long[] counts, double level) {
        if (categories.size() != counts.length || counts.length < 2) {
            throw new InvalidFigureInputException("goodman needs ≥ 2 categories with one count each; got "
                    + categories.size() + " and " + counts.length);
        }
        long n = 0;
        for (long c : counts) {
            if (c < 0) {
                throw new InvalidFigureInputException("goodman: negative count " + c);
            }
            n += c;
        }
        if (n == 0) {
            throw new InvalidFigureInputException("goodman: all counts are zero");
        }
        int k = counts.length;
        double a = new ChiSquaredDistribution(1).inverseCumulativeProbability(1 - (1 - level) / k);
        List<Share> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Interval iv = ProportionIntervals.wilson(counts[i], n, Math.sqrt(a), level, "Goodman simultaneous");
            out.add(new Share(categories.get(i), counts[i], n, (double) counts[i] / n, iv));
        }
        return out;
    }
}
