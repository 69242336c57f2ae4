package org.uncounted.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/**
 * BCa intervals (1,000 multinomial bootstraps, stepwise re-run in each) against SparseMSE's, within Monte
 * Carlo error. The error is large because re-selection gives heavy tails: on UK5, seeds 1–6 gave lower
 * limits from 8,801 to 9,402 and upper limits from 14,365 to 16,146, so limits are compared to 10 %.
 */
class BootstrapReferenceTest {
    private static final long SEED = 1234;

    private static MseResult bca(String file) {
        return MseEstimator.builder()
                .interval(IntervalMethod.BCA)
                .bootstrap(1000)
                .seed(SEED)
                .spread(false)
                .build()
                .estimate(MseTables.load(file));
    }

    @Test
    void stepwiseBca_ukSixLists_withinMonteCarloErrorOfSparseMse() {
        MseResult r = bca("uk2013_6lists.csv");
        assertThat(r.lower()).isCloseTo(9267.0, withinPercentage(10));
        assertThat(r.upper()).isCloseTo(14306.8, withinPercentage(10));
        assertThat(r.bootstrapEstimates()).hasSize(1000);
    }

    @Test
    void stepwiseBca_ukFiveLists_withinMonteCarloErrorOfSparseMse() {
        MseResult r = bca("uk2013_5lists.csv");
        assertThat(r.lower()).isCloseTo(8784.8, withinPercentage(10));
        assertThat(r.upper()).isCloseTo(14700.5, withinPercentage(10));
    }

    @Test
    void stepwiseBca_netherlands_withinMonteCarloErrorOfSparseMse() {
        MseResult six = bca("netherlands_2010_2015_6lists.csv");
        assertThat(six.lower()).isCloseTo(45758.9, withinPercentage(10));
        assertThat(six.upper()).isCloseTo(171107.9, withinPercentage(10));
        MseResult five = bca("netherlands_2010_2015_5lists.csv");
        assertThat(five.lower()).isCloseTo(47393.1, withinPercentage(10));
        assertThat(five.upper()).isCloseTo(162845.5, withinPercentage(10));
    }

    @Test
    void bootstrap_sameSeed_sameIntervalSerialOrParallel() {
        MseEstimator.Builder b = MseEstimator.builder()
                .interval(IntervalMethod.BCA)
                .bootstrap(200)
                .seed(7)
                .spread(false);
        CaptureHistories uk4 = MseTables.load("uk2013_4lists.csv");
        MseResult parallel = b.parallel(true).build().estimate(uk4);
        MseResult serial = b.parallel(false).build().estimate(uk4);
        assertThat(serial.lower()).isEqualTo(parallel.lower());
        assertThat(serial.upper()).isEqualTo(parallel.upper());
        MseResult other = b.seed(8).build().estimate(uk4);
        assertThat(other.lower()).isNotEqualTo(parallel.lower());
    }

    @Test
    void bicBootstrap_korea_reselectsAmongModelsAndBracketsEstimate() {
        MseResult r = MseEstimator.builder()
                .method(MseMethod.BIC)
                .interval(IntervalMethod.BCA)
                .bootstrap(1000)
                .seed(SEED)
                .build()
                .estimate(MseTables.load("korea_palembang_3lists.csv"));
        assertThat(r.estimate()).isCloseTo(157.17, withinPercentage(0.01));
        // Silverman, Chan & Vincent (2024) Table 3: [128, 349] with the bootstrap over all models
        assertThat(r.lower()).isBetween(115.0, 145.0);
        assertThat(r.upper()).isBetween(250.0, 450.0);
    }
}
