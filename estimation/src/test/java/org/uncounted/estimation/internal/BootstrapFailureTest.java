package org.uncounted.estimation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class BootstrapFailureTest {
    /** An estimator whose fit fails numerically on some resampled tables, as stepwise refits can. */
    private static final ToDoubleFunction<double[]> FLAKY = y -> {
        if (y[1] < 30) throw new IllegalStateException("singular Poisson information matrix (model not identifiable)");
        return y[1] + y[2] + y[3];
    };

    @Test
    void bca_replicateFitsFail_countsFailuresInsteadOfCrashing() {
        double[] y = {0, 31, 40, 29};
        Bootstrap.Result r = Bootstrap.bca(y, 100, FLAKY, 400, 7L, 0.95, false);

        assertThat(r.failures()).isPositive().isLessThan(400);
        assertThat(r.replicates()).hasSize(400 - r.failures());
        assertThat(java.util.Arrays.stream(r.replicates()).allMatch(Double::isFinite))
                .isTrue();
        assertThat(r.lower()).isLessThanOrEqualTo(r.upper());
    }

    @Test
    void replicates_sameSeed_sameFailuresAndValues() {
        double[] y = {0, 31, 40, 29};
        assertThat(Bootstrap.replicates(y, FLAKY, 200, 11L, true))
                .containsExactly(Bootstrap.replicates(y, FLAKY, 200, 11L, false));
    }
}
