package org.uncounted.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LinearProgramTest {
    @Test
    void maximise_textbookProblem_returnsKnownOptimum() {
        // max 3x + 5y s.t. x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 → 36 at (2, 6) (Hillier & Lieberman's Wyndor)
        LinearProgram lp = new LinearProgram(2);
        lp.add(new double[] {1, 0}, LinearProgram.Op.LE, 4);
        lp.add(new double[] {0, 2}, LinearProgram.Op.LE, 12);
        lp.add(new double[] {3, 2}, LinearProgram.Op.LE, 18);
        assertThat(lp.solveFeasibility().orElseThrow().maximise(new double[] {3, 5}))
                .isCloseTo(36, within(1e-9));
    }

    @Test
    void bounds_withEqualityAndGe_areFound() {
        // x + y = 10, x ≥ 3, y ≥ 2 → x ∈ [3, 8]
        LinearProgram lp = new LinearProgram(2);
        lp.add(new double[] {1, 1}, LinearProgram.Op.EQ, 10);
        lp.add(new double[] {1, 0}, LinearProgram.Op.GE, 3);
        lp.add(new double[] {0, 1}, LinearProgram.Op.GE, 2);
        var f = lp.solveFeasibility().orElseThrow();
        assertThat(f.minimise(new double[] {1, 0})).isCloseTo(3, within(1e-9));
        assertThat(f.maximise(new double[] {1, 0})).isCloseTo(8, within(1e-9));
    }

    @Test
    void unbounded_direction_isInfinite() {
        LinearProgram lp = new LinearProgram(2);
        lp.add(new double[] {1, -1}, LinearProgram.Op.EQ, 1);
        assertThat(lp.solveFeasibility().orElseThrow().maximise(new double[] {1, 0}))
                .isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void infeasible_constraints_giveEmpty() {
        LinearProgram lp = new LinearProgram(1);
        lp.add(new double[] {1}, LinearProgram.Op.GE, 5);
        lp.add(new double[] {1}, LinearProgram.Op.LE, 4);
        assertThat(lp.solveFeasibility()).isEmpty();
    }

    @Test
    void redundantEqualities_areHandled() {
        // a + b = 5, c + d = 7, a + c = 6, b + d = 6 (rank 3): a ∈ [0, 5]
        LinearProgram lp = new LinearProgram(4);
        lp.add(new double[] {1, 1, 0, 0}, LinearProgram.Op.EQ, 5);
        lp.add(new double[] {0, 0, 1, 1}, LinearProgram.Op.EQ, 7);
        lp.add(new double[] {1, 0, 1, 0}, LinearProgram.Op.EQ, 6);
        lp.add(new double[] {0, 1, 0, 1}, LinearProgram.Op.EQ, 6);
        var f = lp.solveFeasibility().orElseThrow();
        assertThat(f.minimise(new double[] {1, 0, 0, 0})).isCloseTo(0, within(1e-9));
        assertThat(f.maximise(new double[] {1, 0, 0, 0})).isCloseTo(5, within(1e-9));
    }
}
