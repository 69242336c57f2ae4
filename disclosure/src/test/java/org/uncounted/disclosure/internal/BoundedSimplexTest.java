package org.uncounted.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bounded-variable simplex against the general {@link LinearProgram} on random bounds problems. */
class BoundedSimplexTest {
    @Test
    void optimiseVariable_randomTableProblems_agreeWithGeneralSimplex() {
        long seed = 777L;
        System.out.println("seed: " + seed);
        SplittableRandom r = new SplittableRandom(seed);
        int compared = 0;
        for (int trial = 0; trial < 300; trial++) {
            int n = 3 + r.nextInt(8);
            int m = 1 + r.nextInt(4);
            double[][] a = new double[m][n];
            double[] point = new double[n];
            double[] u = new double[n];
            for (int j = 0; j < n; j++) {
                point[j] = r.nextInt(20);
                u[j] = r.nextInt(4) == 0 ? Double.POSITIVE_INFINITY : point[j] + r.nextInt(6);
            }
            double[] b = new double[m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = r.nextInt(3) - 1;
                    b[i] += a[i][j] * point[j];
                }
            }
            LinearProgram lp = new LinearProgram(n);
            for (int i = 0; i < m; i++) {
                lp.add(a[i], LinearProgram.Op.EQ, b[i]);
            }
            for (int j = 0; j < n; j++) {
                if (u[j] != Double.POSITIVE_INFINITY) {
                    double[] e = new double[n];
                    e[j] = 1;
                    lp.add(e, LinearProgram.Op.LE, u[j]);
                }
            }
            var general = lp.solveFeasibility().orElseThrow();
            var bounded = BoundedSimplex.feasible(a, b, u).orElseThrow();
            for (int k = 0; k < n; k++) {
                double[] c = new double[n];
                c[k] = 1;
                assertThat(bounded.optimiseVariable(k, false))
                        .as("trial %d min y%d", trial, k)
                        .isCloseTo(general.minimise(c), within(1e-6));
                double max = general.maximise(c);
                double bmax = bounded.optimiseVariable(k, true);
                if (Double.isInfinite(max)) {
                    assertThat(bmax).isInfinite();
                } else {
                    assertThat(bmax).as("trial %d max y%d", trial, k).isCloseTo(max, within(1e-6));
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void feasible_contradictoryBounds_isEmpty() {
        // y0 + y1 = 10 with y0 ≤ 3, y1 ≤ 4
        assertThat(BoundedSimplex.feasible(new double[][] {{1, 1}}, new double[] {10}, new double[] {3, 4}))
                .isEmpty();
    }
}
