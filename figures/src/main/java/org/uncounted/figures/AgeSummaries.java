package org.uncounted.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Ages: the same quantile summary as prices (median with a person-level bootstrap interval,
 * quartiles), and counts by age band for {@link MultinomialShares#goodman} or Wilson shares such
 * as "aged 12–29". Ages are completed years at the event the table is about (e.g. first sale); an
 * imprecise age (a range) must be resolved by the caller (midpoint, or excluded), and that choice
 * stated in the report.
 */
public final class AgeSummaries {
    private AgeSummaries() {}

    /** Median, quartiles and a bootstrap interval of the median; one age per person. */
    public static QuantileSummary summarise(String group, double[] ages, BootstrapSettings s) {
        for (double a : ages) {
            if (!(a >= 0 && a <= 120)) {
                throw new InvalidFigureInputException("ages of " + group + ": age " + a + " outside 0..120");
            }
        }
        return PriceSummaries.summarise(group, ages, s);
    }

    /**
     * Counts of ages in bands [edges[i], edges[i+1]) with labels "lo–hi" (last band "lo+").
     *
     * @param edges ascending lower edges, e.g. {9, 12, 18, 20, 25, 30, 35, 40} (domain.md P-AGE-1)
     */
    public static Bands bands(int[] edges, double[] ages) {
        if (edges.length < 2) {
            throw new InvalidFigureInputException("age bands need ≥ 2 edges, got " + edges.length);
        }
        long[] counts = new long[edges.length];
        long below = 0;
        for (double a : ages) {
            int band = -1;
            for (int i = 0; i < edges.length; i++) {
                if (a >= edges[i]) {
                    band = i;
                }
            }
            if (band < 0) {
                below++;
            } else {
                counts[band]++;
            }
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < edges.length; i++) {
            labels.add(i + 1 < edges.length ? edges[i] + "–" + (edges[i + 1] - 1) : edges[i] + "+");
        }
        return new Bands(labels, counts, below);
    }

    /** Band labels and counts; {@code belowFirst} ages fell below the first edge. */
    public record Bands(List<String> labels, long[] counts, long belowFirst) {}
}
