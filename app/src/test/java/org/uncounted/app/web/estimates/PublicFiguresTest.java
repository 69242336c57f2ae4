package org.uncounted.app.web.estimates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uncounted.figures.MultinomialShares;
import org.uncounted.figures.Share;

class PublicFiguresTest {
    private static EstimatesService.Estimate est(String stratum, long observed, double n) {
        return new EstimatesService.Estimate(stratum, "stepwise", observed, n, n * 0.8, n * 1.3, "bootstrap-bca");
    }

    @Test
    void disclosed_smallStratum_losesItsEstimateAndOthersAreRounded() {
        var rows = PublicFigures.disclosed(List.of(
                est("all", 523, 1400.4),
                est("before-2012", 4, 9.6),
                est("2012-on", 407, 1100.2),
                est("unknown", 112, 290.7)));
        Map<String, PublicFigures.EstimateRow> by = new LinkedHashMap<>();
        rows.forEach(r -> by.put(r.stratum(), r));
        assertThat(by.get("before-2012").suppressed()).isTrue();
        assertThat(by.get("before-2012").estimate()).isNull();
        assertThat(by.get("before-2012").observed()).isNull();
        // complementary suppression: with one stratum hidden and the total shown, a second one must go
        long hidden =
                rows.stream().filter(PublicFigures.EstimateRow::suppressed).count();
        assertThat(hidden).isGreaterThanOrEqualTo(2);
        rows.stream().filter(r -> !r.suppressed()).forEach(r -> {
            assertThat(r.observed() % 5).isZero();
            assertThat(r.observed()).isGreaterThanOrEqualTo(11);
            assertThat(r.estimate()).isEqualTo(Math.rint(r.estimate()));
        });
    }

    @Test
    void exact_keepsEveryCount() {
        var rows = PublicFigures.exact(List.of(est("all", 7, 20.5)));
        assertThat(rows.get(0).observed()).isEqualTo(7);
        assertThat(rows.get(0).estimate()).isEqualTo(20.5);
    }

    @Test
    void disclosedShares_smallTypeHidden_sharesWholePercent() {
        List<Share> exact = MultinomialShares.goodman(
                List.of("cybersex", "marriage", "prostitution", "labour"), new long[] {23, 61, 97, 3}, 0.95);
        List<Share> shown = PublicFigures.disclosedShares(exact);
        assertThat(shown).extracting(Share::category).doesNotContain("labour");
        shown.forEach(s -> {
            assertThat(s.count() % 5).isZero();
            assertThat(s.estimate() * 100)
                    .isCloseTo(Math.rint(s.estimate() * 100), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(s.interval().lower()).isLessThanOrEqualTo(s.estimate());
        });
    }

    @Test
    void prices_public_dropsSmallGroupsRoundsNAndHidesExtremes() {
        double[] big = new double[23];
        for (int i = 0; i < big.length; i++) {
            big[i] = 1000 + 10 * i;
        }
        big[22] = 99_999; // one person's price must not be drawn
        Map<String, double[]> groups = new LinkedHashMap<>();
        groups.put("2010–2014", big);
        groups.put("2015–2019", new double[] {800, 900, 950});
        var shown = PublicFigures.prices(groups, false);
        assertThat(shown).singleElement().satisfies(b -> {
            assertThat(b.n()).isEqualTo(25);
            assertThat(b.p95()).isLessThan(99_999);
            assertThat(b.p05()).isGreaterThan(1000);
        });
        assertThat(PublicFigures.prices(groups, true))
                .hasSize(2)
                .first()
                .satisfies(b -> assertThat(b.n()).isEqualTo(23));
    }

    @Test
    void quantile_type7_matchesR() {
        // R: quantile(c(1,2,3,4,10), c(.05,.25,.5,.95), type = 7) = 1.2 2 3 8.8
        double[] v = {1, 2, 3, 4, 10};
        assertThat(PublicFigures.quantile(v, 0.05)).isCloseTo(1.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(PublicFigures.quantile(v, 0.25)).isEqualTo(2);
        assertThat(PublicFigures.quantile(v, 0.5)).isEqualTo(3);
        assertThat(PublicFigures.quantile(v, 0.95)).isCloseTo(8.8, org.assertj.core.data.Offset.offset(1e-12));
    }
}
