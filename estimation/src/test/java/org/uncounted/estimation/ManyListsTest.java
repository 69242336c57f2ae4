package org.uncounted.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Ten lists: 1,023 cells, up to 56 parameters; stepwise still recovers the population. */
class ManyListsTest {
    private static final long SEED = 42;

    @Test
    void stepwise_tenIndependentLists_estimateNearTruth() {
        int t = 10;
        int n = 3000;
        SplittableRandom rng = new SplittableRandom(SEED);
        long[] counts = new long[1 << t];
        for (int k = 0; k < n; k++) {
            int pattern = 0;
            for (int i = 0; i < t; i++) if (rng.nextDouble() < 0.12) pattern |= 1 << i;
            counts[pattern]++;
        }
        counts[0] = 0;
        List<String> lists = new ArrayList<>();
        for (int i = 1; i <= t; i++) lists.add("L" + i);
        CaptureHistories table = CaptureHistories.ofCells("ten lists, seed " + SEED, lists, counts);
        MseResult r = MseEstimator.builder().build().estimate(table);
        assertThat(r.lower()).as("seed %d", SEED).isLessThan(n);
        assertThat(r.upper()).as("seed %d", SEED).isGreaterThan(n);
        assertThat(r.diagnostics().bestModels()).isPositive();
        assertThatThrownBy(() ->
                        MseEstimator.builder().method(MseMethod.BIC).build().estimate(table))
                .isInstanceOf(ModelNotEstimableException.class)
                .hasMessageContaining("infeasible");
    }
}
