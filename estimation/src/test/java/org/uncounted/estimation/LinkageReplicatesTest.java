package org.uncounted.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pooling over linkage replicates widens the interval by the between-linkage spread. */
class LinkageReplicatesTest {

    @Test
    void pool_threeLinkages_pointIsMedianAndIntervalCoversEach() {
        CaptureHistories base = MseTables.load("uk2013_4lists.csv");
        List<CaptureHistories> reps = List.of(shift(base, 0), shift(base, 6), shift(base, -6));
        MseEstimator est = MseEstimator.builder()
                .interval(IntervalMethod.BCA)
                .bootstrap(200)
                .seed(11)
                .spread(false)
                .build();
        LinkageReplicates pooled = LinkageReplicates.pool(est, reps);
        List<Double> points =
                pooled.perReplicate().stream().map(MseResult::estimate).sorted().toList();
        assertThat(pooled.pooled().estimate()).isEqualTo(points.get(1));
        assertThat(pooled.pooled().bootstrapEstimates()).hasSize(600);
        assertThat(pooled.pooled().lower()).isLessThan(points.get(0));
        assertThat(pooled.pooled().upper()).isGreaterThan(points.get(2));
        assertThat(LinkageReplicates.pool(est, reps).pooled().lower())
                .isEqualTo(pooled.pooled().lower());
    }

    @Test
    void pool_withoutBootstrap_rejected() {
        assertThatThrownBy(() -> LinkageReplicates.pool(
                        MseEstimator.builder().build(), List.of(MseTables.load("uk2013_4lists.csv"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bootstrap");
    }

    /** The same table with {@code d} cases moved between the LA-only and LA·NG cells (a different linkage). */
    private static CaptureHistories shift(CaptureHistories t, int d) {
        long[] c = t.cells();
        c[0b0001] -= d;
        c[0b0011] += d;
        return CaptureHistories.ofCells("linkage " + d, t.listNames(), c);
    }
}
