package org.uncounted.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Known answers: Newcombe (1998) Stat Med 17:857–872, Table I, methods 3 (Wilson) and 5 (exact). */
class ProportionIntervalsTest {
    private static void assertInterval(Interval iv, double lo, double hi) {
        assertThat(iv.lower()).isCloseTo(lo, within(0.00005));
        assertThat(iv.upper()).isCloseTo(hi, within(0.00005));
    }

    @Test
    void wilson_newcombeTableOne_matchesPublishedLimits() {
        assertInterval(ProportionIntervals.wilson(81, 263, 0.95), 0.2553, 0.3662);
        assertInterval(ProportionIntervals.wilson(15, 148, 0.95), 0.0624, 0.1605);
        assertInterval(ProportionIntervals.wilson(0, 20, 0.95), 0.0000, 0.1611);
        assertInterval(ProportionIntervals.wilson(1, 29, 0.95), 0.0061, 0.1718);
    }

    @Test
    void clopperPearson_newcombeTableOne_matchesPublishedLimits() {
        assertInterval(ProportionIntervals.clopperPearson(81, 263, 0.95), 0.2527, 0.3676);
        assertInterval(ProportionIntervals.clopperPearson(15, 148, 0.95), 0.0578, 0.1617);
        assertInterval(ProportionIntervals.clopperPearson(0, 20, 0.95), 0.0000, 0.1684);
        assertInterval(ProportionIntervals.clopperPearson(1, 29, 0.95), 0.0009, 0.1776);
    }

    @Test
    void agrestiCoull_containsWilson_andIsNarrowerThanClopperPearsonInTheMiddle() {
        // Brown, Cai & DasGupta (2001) §4: the Agresti–Coull interval contains the Wilson interval
        for (long[] xn : new long[][] {{81, 263}, {15, 148}, {1, 29}, {0, 20}, {10, 20}}) {
            Interval ac = ProportionIntervals.agrestiCoull(xn[0], xn[1], 0.95);
            Interval w = ProportionIntervals.wilson(xn[0], xn[1], 0.95);
            assertThat(ac.lower()).isLessThanOrEqualTo(w.lower() + 1e-12);
            assertThat(ac.upper()).isGreaterThanOrEqualTo(w.upper() - 1e-12);
        }
        assertThat(ProportionIntervals.agrestiCoull(81, 263, 0.95).width())
                .isLessThan(ProportionIntervals.clopperPearson(81, 263, 0.95).width());
    }

    @Test
    void wilson_xAboveN_isRejectedNamingValues() {
        assertThatThrownBy(() -> ProportionIntervals.wilson(5, 3, 0.95))
                .isInstanceOf(InvalidFigureInputException.class)
                .hasMessageContaining("x=5, n=3");
    }
}
