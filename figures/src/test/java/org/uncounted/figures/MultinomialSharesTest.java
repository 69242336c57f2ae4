package org.uncounted.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MultinomialSharesTest {
    private static final List<String> TYPES = List.of("prostitution", "marriage", "cybersex", "other");

    @Test
    void goodman_eachInterval_isWilsonAtBonferroniLevel() {
        // Goodman (1965): z² = χ²₁(1 − α/k); with k = 4, α = 0.05 that is the Wilson interval at 98.75 %
        List<Share> s = MultinomialShares.goodman(TYPES, new long[] {22, 14, 7, 2}, 0.95);
        Interval w = ProportionIntervals.wilson(22, 45, 1 - 0.05 / 4);
        assertThat(s.get(0).interval().lower()).isCloseTo(w.lower(), within(1e-9));
        assertThat(s.get(0).interval().upper()).isCloseTo(w.upper(), within(1e-9));
        assertThat(s.get(0).estimate()).isCloseTo(22 / 45.0, within(1e-12));
    }

    @Test
    void goodman_simultaneousCoverageAtN45_isNearNominal() {
        long seed = 45L;
        System.out.println("seed: " + seed);
        SplittableRandom r = new SplittableRandom(seed);
        double[] p = {0.50, 0.30, 0.15, 0.05}; // the KFI split, with 5 % unspecified
        int covered = 0;
        int trials = 2000;
        for (int t = 0; t < trials; t++) {
            long[] c = new long[4];
            for (int i = 0; i < 45; i++) {
                double u = r.nextDouble();
                int k = u < 0.5 ? 0 : u < 0.8 ? 1 : u < 0.95 ? 2 : 3;
                c[k]++;
            }
            List<Share> s = MultinomialShares.goodman(TYPES, c, 0.95);
            boolean all = true;
            for (int k = 0; k < 4; k++) {
                all &= s.get(k).interval().contains(p[k]);
            }
            covered += all ? 1 : 0;
        }
        System.out.println("simultaneous coverage, n = 45: " + covered / (double) trials);
        // Goodman's intervals are asymptotic: slightly below 95 % at n = 45, far above 4 separate Wilsons
        assertThat(covered / (double) trials).isGreaterThan(0.92);
    }
}
