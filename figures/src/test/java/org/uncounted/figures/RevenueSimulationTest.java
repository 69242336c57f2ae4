package org.uncounted.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class RevenueSimulationTest {
    private static final String FIXED = String.join(
            "\n",
            "format\tuncounted-revenue/1",
            "version\ttest-1",
            "currency\tCNY",
            "param\tstock\tfixed\t8000\twomen\tD\ttest",
            "param\tclients\tfixed\t2\tclients/day\tD\ttest",
            "param\tdays\tfixed\t250\tdays\tD\ttest",
            "param\tprice\tfixed\t60\tCNY\tB\ttest",
            "param\tbrides\tfixed\t5000\tper year\tD\ttest",
            "param\tbride_price\tfixed\t10000\tCNY\tB/C\ttest",
            "component\tprostitution\tstock * clients * days * price\tx",
            "component\tmarriage\tbrides * bride_price\ty",
            "");

    @Test
    void run_deterministicFile_givesTheAnalyticTotal() {
        RevenueParameters p = RevenueParameters.parse(new StringReader(FIXED), "fixed.tsv");
        RevenueResult r = RevenueSimulation.run(p, 1000, 1);
        // domain.md §5.7 illustration: 8,000 × 2 × 250 × 60 + 5,000 × 10,000
        double analytic = 8000.0 * 2 * 250 * 60 + 5000.0 * 10000;
        assertThat(r.total().median()).isEqualTo(analytic);
        assertThat(r.total().lower5()).isEqualTo(analytic);
        assertThat(r.total().upper95()).isEqualTo(analytic);
        assertThat(r.totalAtMedians()).isEqualTo(analytic);
        assertThat(r.tornado()).isEmpty();
        assertThat(RevenueSimulation.byId(r).get("marriage").median()).isEqualTo(5.0e7);
    }

    @Test
    void run_sameSeed_sameResult_differentSeed_differentDraws() {
        RevenueParameters p = RevenueParameters.defaults();
        RevenueResult a = RevenueSimulation.run(p, 20_000, 2019);
        RevenueResult b = RevenueSimulation.run(p, 20_000, 2019);
        RevenueResult c = RevenueSimulation.run(p, 20_000, 2020);
        assertThat(a).isEqualTo(b);
        assertThat(a.total().median()).isNotEqualTo(c.total().median());
        // but Monte Carlo error is small relative to the interval
        assertThat(a.total().median())
                .isCloseTo(c.total().median(), within(0.02 * a.total().median()));
    }

    @Test
    void defaults_totalInUsd_bracketsKfisUsd105Million_andTornadoIsSortedBySwing() {
        RevenueResult r = RevenueSimulation.run(RevenueParameters.defaults(), 20_000, 7);
        double usd = 6.8985; // CNY per USD, 2019 (domain.md §7)
        System.out.printf(
                "total median USD %.1f M (90 %%: %.1f–%.1f M)%n",
                r.total().median() / usd / 1e6,
                r.total().lower5() / usd / 1e6,
                r.total().upper95() / usd / 1e6);
        r.components().forEach(c -> System.out.printf("  %-28s %8.1f M%n", c.id(), c.median() / usd / 1e6));
        r.tornado().forEach(t -> System.out.printf("  %-28s swing %8.1f M%n", t.parameter(), t.swing() / usd / 1e6));
        assertThat(r.total().lower5() / usd).isLessThan(105e6);
        assertThat(r.total().upper95() / usd).isGreaterThan(105e6);
        for (int i = 1; i < r.tornado().size(); i++) {
            assertThat(r.tornado().get(i - 1).swing())
                    .isGreaterThanOrEqualTo(r.tornado().get(i).swing());
        }
        assertThat(r.tornado()).noneMatch(t -> t.parameter().equals("working_days"));
        assertThat(r.total().lower5())
                .isLessThan(r.total().median())
                .isLessThan(r.total().upper95());
    }

    @Test
    void withDistribution_stockFromPopulationEstimate_replacesTheDefault() {
        RevenueParameters p = RevenueParameters.defaults()
                .withDistribution("stock_prostitution", new Distribution.Fixed(0), "population estimate run 42");
        RevenueResult r = RevenueSimulation.run(p, 1000, 3);
        assertThat(RevenueSimulation.byId(r).get("prostitution").upper95()).isZero();
        assertThat(r.parametersVersion()).endsWith("+stock_prostitution");
    }

    @Test
    void parse_badDistribution_namesFileLineAndParameter() {
        String bad = FIXED.replace("param\tprice\tfixed\t60", "param\tprice\tgamma\t60");
        assertThatThrownBy(() -> RevenueParameters.parse(new StringReader(bad), "bad.tsv"))
                .isInstanceOf(InvalidParameterFileException.class)
                .hasMessageContaining("bad.tsv line 7")
                .hasMessageContaining("price")
                .hasMessageContaining("gamma");
    }

    @Test
    void distributions_quantiles_matchClosedForms() {
        assertThat(new Distribution.Triangular(0, 1, 2).quantile(0.5)).isCloseTo(1, within(1e-12));
        assertThat(new Distribution.Triangular(0, 0, 1).quantile(0.75)).isCloseTo(0.5, within(1e-12));
        assertThat(new Distribution.LogNormal(100, 0.5).quantile(0.95))
                .isCloseTo(100 * Math.exp(0.5 * 1.6448536269514722), within(1e-6));
        assertThat(new Distribution.Uniform(2, 4).quantile(0.25)).isEqualTo(2.5);
        assertThat(new Distribution.Empirical(new double[] {3, 1, 2}).median()).isEqualTo(2);
    }
}
