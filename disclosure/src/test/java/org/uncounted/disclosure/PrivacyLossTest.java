package org.uncounted.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * privacy-security.md §7 G4, empirical privacy loss: for neighbouring counts c and c + 1, every
 * output value seen ≥ 1,000 times has frequency ratio ≤ e^ε within sampling error.
 */
class PrivacyLossTest {
    @Test
    void discreteLaplace_neighbouringCounts_ratioBoundedByExpEpsilon() {
        String seed = "uncounted-privacy-loss-seed";
        System.out.println("seed: " + seed);
        UniformSource u = UniformSource.deterministic(seed.getBytes(StandardCharsets.UTF_8));
        int n = 300_000;
        Map<Long, Integer> a = new HashMap<>();
        Map<Long, Integer> b = new HashMap<>();
        for (int i = 0; i < n; i++) {
            a.merge(20 + ExactNoise.discreteLaplace(BigDecimal.ONE, u), 1, Integer::sum);
            b.merge(21 + ExactNoise.discreteLaplace(BigDecimal.ONE, u), 1, Integer::sum);
        }
        double bound = Math.E;
        int bins = 0;
        for (long v : a.keySet()) {
            int x = a.get(v);
            int y = b.getOrDefault(v, 0);
            if (x >= 1000 && y >= 1000) {
                bins++;
                double ratio = Math.max((double) x / y, (double) y / x);
                double relSe = Math.sqrt(1.0 / x + 1.0 / y);
                assertThat(ratio).as("output %d", v).isLessThanOrEqualTo(bound * Math.exp(2.58 * relSe));
            }
        }
        assertThat(bins).isGreaterThanOrEqualTo(6);
    }
}
