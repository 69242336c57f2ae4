package org.uncounted.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Known answers: the Freireich et al. (1963) 6-MP leukaemia remission data (R survival's
 * {@code gehan}; Kleinbaum &amp; Klein, Survival Analysis, ch. 2) and the AML maintenance data (R
 * survival's {@code aml}; Miller 1981). Reference values from {@code survfit()} with its default
 * log-scale intervals: 6-MP median 23 (16, NA), placebo 8 (4, 12); AML maintained 31 (18, NA),
 * non-maintained 23 (8, NA).
 */
class KaplanMeierTest {
    static final double[] MP_TIME = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35};
    static final boolean[] MP_END = {
        true, true, true, false, true, false, true, false, false, true, true, false, false, false, true, true, false,
        false, false, false, false
    };
    static final double[] PLACEBO = {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23};

    private static SurvivalCurve fit(double[] t, boolean[] e) {
        return KaplanMeier.fit(t, e, KaplanMeier.ConfidenceType.LOG, 0.95);
    }

    private static boolean[] allEnded(int n) {
        boolean[] e = new boolean[n];
        java.util.Arrays.fill(e, true);
        return e;
    }

    @Test
    void fit_sixMp_matchesKleinbaumSurvivalAndGreenwoodErrors() {
        SurvivalCurve c = fit(MP_TIME, MP_END);
        double[][] expected = { // time, S, Greenwood SE
            {6, 0.8571, 0.0764},
            {7, 0.8067, 0.0869},
            {10, 0.7529, 0.0963},
            {13, 0.6902, 0.1068},
            {16, 0.6275, 0.1141},
            {22, 0.5378, 0.1282},
            {23, 0.4482, 0.1346}
        };
        assertThat(c.steps()).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            SurvivalStep s = c.steps().get(i);
            assertThat(s.time()).isEqualTo(expected[i][0]);
            assertThat(s.survival()).isCloseTo(expected[i][1], within(0.00005));
            assertThat(s.standardError()).isCloseTo(expected[i][2], within(0.00005));
        }
        assertThat(c.steps().get(0).atRisk()).isEqualTo(21);
        assertThat(c.steps().get(0).censored()).isEqualTo(1);
        assertThat(c.events()).isEqualTo(9);
    }

    @Test
    void median_sixMpAndPlacebo_matchSurvfit() {
        MedianSurvival mp = fit(MP_TIME, MP_END).median();
        assertThat(mp.estimate()).isEqualTo(23);
        assertThat(mp.lower()).isEqualTo(16);
        assertThat(mp.upper()).isNaN();
        MedianSurvival placebo = fit(PLACEBO, allEnded(PLACEBO.length)).median();
        assertThat(placebo.estimate()).isEqualTo(8);
        assertThat(placebo.lower()).isEqualTo(4);
        assertThat(placebo.upper()).isEqualTo(12);
    }

    @Test
    void median_amlMaintainedAndNonmaintained_matchSurvfit() {
        double[] mt = {9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161};
        boolean[] me = {true, true, false, true, true, false, true, true, false, true, false};
        double[] nt = {5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45};
        boolean[] ne = {true, true, true, true, true, false, true, true, true, true, true, true};
        MedianSurvival m = fit(mt, me).median();
        assertThat(new double[] {m.estimate(), m.lower()}).containsExactly(31, 18);
        assertThat(m.upper()).isNaN();
        MedianSurvival n = fit(nt, ne).median();
        assertThat(new double[] {n.estimate(), n.lower()}).containsExactly(23, 8);
        assertThat(n.upper()).isNaN();
    }

    @Test
    void ignoringCensoring_wouldShortenTheMedian_whichTheFitDoesNot() {
        // treating the 12 running spells as ended gives median 11 (the bias the issue warns about)
        SurvivalCurve naive = fit(MP_TIME, allEnded(MP_TIME.length));
        assertThat(naive.median().estimate())
                .isLessThan(fit(MP_TIME, MP_END).median().estimate());
    }

    @Test
    void logLog_sixMp_staysInsideUnitInterval_andGivesLowerLimit13() {
        SurvivalCurve c = KaplanMeier.fit(MP_TIME, MP_END, KaplanMeier.ConfidenceType.LOG_LOG, 0.95);
        c.steps().forEach(s -> assertThat(s.upper()).isLessThan(1).isGreaterThan(s.lower()));
        assertThat(c.median().lower()).isEqualTo(13);
    }

    @Test
    void median_exactlyHalfOnAFlat_isMidpointToNextEvent() {
        // S drops to 0.5 at t = 2 and stays until t = 4: R reports (2 + 4)/2 = 3
        SurvivalCurve c = fit(new double[] {1, 2, 4, 5}, allEnded(4));
        assertThat(c.median().estimate()).isEqualTo(3);
    }
}
