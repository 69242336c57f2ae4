package org.uncounted.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteredBootstrapTest {
    private static final List<String> CATS = List.of("a", "b");

    @Test
    void shares_oneRecordPerPerson_isCloseToWilson() {
        int n = 200;
        int[] person = new int[n];
        int[] cat = new int[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            person[i] = i;
            cat[i] = i < 60 ? 0 : 1;
            w[i] = 1;
        }
        Share s = ClusteredBootstrap.shares(CATS, person, cat, w, BootstrapSettings.bca(7))
                .get(0);
        Interval wilson = ProportionIntervals.wilson(60, 200, 0.95);
        assertThat(s.estimate()).isCloseTo(0.3, within(1e-12));
        assertThat(s.interval().lower()).isCloseTo(wilson.lower(), within(0.015));
        assertThat(s.interval().upper()).isCloseTo(wilson.upper(), within(0.015));
    }

    @Test
    void shares_duplicatedRecordsOfSamePersons_widenToThePersonLevelInterval() {
        // 100 persons each recorded 3 times (by three sources): 300 records but information of 100
        int[] person = new int[300];
        int[] cat = new int[300];
        double[] w = new double[300];
        for (int i = 0; i < 300; i++) {
            person[i] = i / 3;
            cat[i] = person[i] < 30 ? 0 : 1;
            w[i] = 1;
        }
        Share s = ClusteredBootstrap.shares(CATS, person, cat, w, BootstrapSettings.percentile(11))
                .get(0);
        Interval naive = ProportionIntervals.wilson(90, 300, 0.95);
        Interval persons = ProportionIntervals.wilson(30, 100, 0.95);
        assertThat(s.interval().width()).isGreaterThan(naive.width() * 1.4);
        assertThat(s.interval().width()).isCloseTo(persons.width(), within(0.03));
    }

    @Test
    void shares_sameSeed_sameIntervals_evenInParallel() {
        int[] person = {0, 0, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 9, 10, 11};
        int[] cat = {0, 0, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0, -1, 1, 0};
        double[] w = {1, 1, 2, 1, 1, 1, 0.5, 1, 1, 1, 3, 1, 1, 1, 1};
        var a = ClusteredBootstrap.shares(CATS, person, cat, w, BootstrapSettings.bca(99));
        var b = ClusteredBootstrap.shares(CATS, person, cat, w, BootstrapSettings.bca(99));
        assertThat(a).isEqualTo(b);
        assertThat(a.get(0).estimate() + a.get(1).estimate()).isCloseTo(1, within(1e-12));
    }

    @Test
    void priceSummary_medianAndQuartiles_areType7_withIntervalAroundMedian() {
        double[] prices = {1000, 5000, 3000, 8000, 10000, 12000, 4000, 6000, 7000, 2000, 9000};
        QuantileSummary s = PriceSummaries.summarise("bride", prices, BootstrapSettings.percentile(3));
        assertThat(s.median()).isEqualTo(6000);
        assertThat(s.q1()).isEqualTo(3500);
        assertThat(s.q3()).isEqualTo(8500);
        assertThat(s.medianInterval().contains(6000)).isTrue();
        assertThat(s.medianInterval().lower()).isGreaterThanOrEqualTo(1000);
    }
}
