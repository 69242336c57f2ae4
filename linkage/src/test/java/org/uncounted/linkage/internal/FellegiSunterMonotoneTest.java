package org.uncounted.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FellegiSunterMonotoneTest {
    @Test
    void monotone_partialOrder_capsOnlyWithinEachChain() {
        // two columns: levels 0..7 (clean points) and 8..9 (a near date beside 1–2 or 3 points)
        List<List<String>> cols = List.of(Arrays.asList("2001", "2001"), Arrays.asList("2002", "2002"));
        EventDateComparison c = new EventDateComparison("trajectory", List.of("a", "b"), cols);
        double[] u = new double[10];
        Arrays.fill(u, 0.1);
        // near + 3 points weaker than near + 1–2 points: capped; near + 1–2 points above the
        // clean 7 points: kept, since the chains are not ordered against each other
        double[] m = {0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.5, 0.2};
        FellegiSunter.monotone(m, u, c);
        assertThat(m[8] / u[8]).isLessThanOrEqualTo(m[9] / u[9] + 1e-12);
        assertThat(m[8]).isGreaterThan(m[7]);
        for (int l = 0; l < 7; l++) assertThat(m[l]).isLessThanOrEqualTo(m[l + 1] + 1e-12);
        List<Double> before = new ArrayList<>();
        for (double x : m) before.add(x);
        FellegiSunter.monotone(m, u, c); // idempotent
        for (int l = 0; l < m.length; l++)
            assertThat(m[l]).isCloseTo(before.get(l), org.assertj.core.data.Offset.offset(1e-12));
    }
}
