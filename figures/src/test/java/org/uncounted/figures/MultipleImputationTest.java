package org.uncounted.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MultipleImputationTest {
    /** Worked by hand from Rubin (1987) §3.1 and identical to R's mice::pool.scalar(Q, U, method = "rubin"). */
    @Test
    void pool_threeImputations_matchesRubinsFormulas() {
        MultipleImputation.Pooled p = MultipleImputation.pool(new double[] {1, 2, 3}, new double[] {1, 1, 1});
        assertThat(p.estimate()).isEqualTo(2.0);
        assertThat(p.within()).isEqualTo(1.0);
        assertThat(p.between()).isEqualTo(1.0);
        assertThat(p.total()).isCloseTo(1 + 4.0 / 3, offset(1e-12));
        // r = 4/3, df = 2 (1 + 3/4)^2 = 6.125
        assertThat(p.df()).isCloseTo(6.125, offset(1e-12));
    }

    @Test
    void proportion_identicalReplicates_isTheLogitWaldOfOneReplicate() {
        Interval one = MultipleImputation.proportion(new long[] {30}, new long[] {100}, 0.95);
        Interval same = MultipleImputation.proportion(new long[] {30, 30, 30}, new long[] {100, 100, 100}, 0.95);
        assertThat(same.lower()).isCloseTo(one.lower(), offset(1e-12));
        assertThat(same.upper()).isCloseTo(one.upper(), offset(1e-12));
        // close to Wilson at this n
        Interval w = ProportionIntervals.wilson(30, 100, 0.95);
        assertThat(one.lower()).isCloseTo(w.lower(), offset(0.01));
        assertThat(one.upper()).isCloseTo(w.upper(), offset(0.01));
    }

    @Test
    void proportion_replicatesDisagree_widensTheInterval() {
        Interval agree = MultipleImputation.proportion(
                new long[] {60, 60, 60, 60, 60}, new long[] {100, 100, 100, 100, 100}, 0.95);
        Interval disagree = MultipleImputation.proportion(
                new long[] {50, 55, 60, 65, 70}, new long[] {100, 100, 100, 100, 100}, 0.95);
        assertThat(disagree.upper() - disagree.lower()).isGreaterThan(1.5 * (agree.upper() - agree.lower()));
        assertThat(MultipleImputation.proportion(new long[] {0, 0}, new long[] {40, 40}, 0.95)
                        .lower())
                .isGreaterThanOrEqualTo(0);
    }

    /** Coverage against a known truth: linkage noise shifts each replicate's count; pooled intervals keep ~95 %. */
    @Test
    void proportion_simulatedLinkageNoise_coversNearNominal() {
        long seed = 7L;
        SplittableRandom rnd = new SplittableRandom(seed);
        double truth = 0.3;
        int covered = 0;
        int trials = 2000;
        for (int t = 0; t < trials; t++) {
            int n = 400;
            long x = 0;
            for (int i = 0; i < n; i++) if (rnd.nextDouble() < truth) x++;
            long[] xs = new long[5];
            long[] ns = new long[5];
            for (int k = 0; k < 5; k++) {
                // each replicate mis-assigns a few persons at random: the count moves by a small random amount
                xs[k] = Math.max(0, Math.min(n, x + rnd.nextInt(-6, 7)));
                ns[k] = n;
            }
            Interval iv = MultipleImputation.proportion(xs, ns, 0.95);
            if (iv.lower() <= truth && truth <= iv.upper()) covered++;
        }
        System.out.println("MultipleImputationTest seed " + seed + " coverage " + covered / (double) trials);
        assertThat(covered / (double) trials).isBetween(0.93, 0.995);
    }

    @Test
    void pool_badInput_namesTheReplicate() {
        assertThatThrownBy(() -> MultipleImputation.pool(new double[] {1, 2}, new double[] {1, -1}))
                .isInstanceOf(InvalidFigureInputException.class)
                .hasMessageContaining("imputation 2");
    }
}
