package org.uncounted.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every deterministic reference value of {@code shared/data/mse/README.md} (SparseMSE and Rcapture run on
 * the same files), to 0.01, or to half a unit of the last digit printed when the reference was printed
 * with one decimal.
 */
class PublishedReferenceTest {
    private static final double CENT = 0.01;
    private static final double HALF_DECIMAL = 0.05 + CENT;

    @Test
    void independence_allTables_matchPoissonMainEffectsFits() {
        assertThat(MseTables.estimate("uk2013_5lists.csv", MseMethod.INDEPENDENCE)
                        .estimate())
                .isCloseTo(13444.13, within(CENT));
        assertThat(MseTables.estimate("uk2013_6lists.csv", MseMethod.INDEPENDENCE)
                        .estimate())
                .isCloseTo(12214.0, within(HALF_DECIMAL));
        assertThat(MseTables.estimate("netherlands_2010_2015_6lists.csv", MseMethod.INDEPENDENCE)
                        .estimate())
                .isCloseTo(52823.5, within(HALF_DECIMAL));
        assertThat(MseTables.estimate("netherlands_2010_2015_5lists.csv", MseMethod.INDEPENDENCE)
                        .estimate())
                .isCloseTo(52923.9, within(HALF_DECIMAL));
        assertThat(MseTables.estimate("rcapture_hiv_rome_4lists.csv", MseMethod.INDEPENDENCE)
                        .estimate())
                .isCloseTo(11124.58, within(CENT));
    }

    @Test
    void independence_artificialTable_matchesEstimateAndWaldInterval() {
        MseResult r = MseTables.estimate("artificial_3lists.csv", MseMethod.INDEPENDENCE);
        assertThat(r.estimate()).isCloseTo(539.09, within(CENT));
        assertThat(r.lower()).isCloseTo(278.7, within(HALF_DECIMAL));
        assertThat(r.upper()).isCloseTo(1170.9, within(HALF_DECIMAL));
        assertThat(r.intervalMethod()).isEqualTo(IntervalMethod.WALD);
    }

    @Test
    void fixedModel_ukFiveLists_matchesEstimateAndWaldInterval() {
        MseResult r = MseTables.estimate("uk2013_5lists.csv", MseMethod.terms("[12,13,24,25,35,45]"));
        assertThat(r.estimate()).isCloseTo(11312.99, within(CENT));
        assertThat(r.lower()).isCloseTo(9884.4, within(HALF_DECIMAL));
        assertThat(r.upper()).isCloseTo(13027.4, within(HALF_DECIMAL));
    }

    @Test
    void fixedModel_korea_matchesPublished() {
        assertThat(MseTables.estimate("korea_palembang_3lists.csv", MseMethod.terms("[12,23]"))
                        .estimate())
                .isCloseTo(157.17, within(CENT));
    }

    @Test
    void stepwise_ukSixLists_matchesEstimateTermsAndWald() {
        MseResult r = MseTables.estimate("uk2013_6lists.csv", MseMethod.STEPWISE);
        assertThat(r.estimate()).isCloseTo(11417.99, within(CENT));
        assertThat(r.termsAdded()).containsExactly("PF·NCA", "LA·NG", "NG·GP", "LA·PF", "PF·GP", "GO·GP", "NG·GO");
        assertThat(r.lower()).isCloseTo(9977.3, within(HALF_DECIMAL));
        assertThat(r.upper()).isCloseTo(13145.7, within(HALF_DECIMAL));
    }

    @Test
    void stepwise_ukFiveLists_matchesPublishedHeadline() {
        MseResult r = MseTables.estimate("uk2013_5lists.csv", MseMethod.STEPWISE);
        assertThat(r.estimate()).isCloseTo(11312.99, within(CENT));
        assertThat(r.termsAdded()).containsExactly("LA·NG", "NG·GP", "PFNCA·GP", "LA·PFNCA", "GO·GP", "NG·GO");
        assertThat(r.lower()).isCloseTo(9884.4, within(HALF_DECIMAL));
        assertThat(r.upper()).isCloseTo(13027.4, within(HALF_DECIMAL));
    }

    @Test
    void stepwise_ukFourLists_selectsPublishedModel() {
        MseResult r = MseTables.estimate("uk2013_4lists.csv", MseMethod.STEPWISE);
        assertThat(r.estimate()).isCloseTo(11015.24, within(CENT));
        assertThat(r.model()).isEqualTo("[12,13,24]");
    }

    @Test
    void stepwise_netherlandsSixLists_matchesAndReportsBoundaryPairs() {
        MseResult r = MseTables.estimate("netherlands_2010_2015_6lists.csv", MseMethod.STEPWISE);
        assertThat(r.estimate()).isCloseTo(111139.4, within(HALF_DECIMAL));
        assertThat(r.termsAdded()).containsExactly("O·Z", "P·Z", "I·Z", "P·R", "O·P", "K·O");
        assertThat(r.diagnostics().boundaryTerms()).containsExactlyInAnyOrder("K·R", "I·K");
        assertThat(r.lower()).isCloseTo(92439.9, within(HALF_DECIMAL));
        assertThat(r.upper()).isCloseTo(133991.5, within(HALF_DECIMAL));
    }

    @Test
    void stepwise_netherlandsFiveLists_matches() {
        MseResult r = MseTables.estimate("netherlands_2010_2015_5lists.csv", MseMethod.STEPWISE);
        assertThat(r.estimate()).isCloseTo(121521.6, within(HALF_DECIMAL));
        assertThat(r.termsAdded()).containsExactly("IO·Z", "P·Z", "P·R", "IO·P", "IO·K");
        assertThat(r.lower()).isCloseTo(98675.4, within(HALF_DECIMAL));
        assertThat(r.upper()).isCloseTo(150138.9, within(HALF_DECIMAL));
    }

    @Test
    void stepwise_korea_addsOnlyFirstPair() {
        MseResult r = MseTables.estimate("korea_palembang_3lists.csv", MseMethod.STEPWISE);
        assertThat(r.estimate()).isCloseTo(268.78, within(CENT));
        assertThat(r.model()).isEqualTo("[12,3]");
        assertThat(r.termsAdded()).containsExactly("b·c");
    }

    @Test
    void bic_rankings_matchRcaptureBestModels() {
        record Case(String file, int order, String model, double estimate) {}
        for (Case c : List.of(
                new Case("uk2013_5lists.csv", 2, "[12,13,23,25,34]", 22991.33),
                new Case("uk2013_5lists.csv", 3, "[123,25,34]", 25311.29),
                new Case("uk2013_5lists.csv", 4, "[123,25,34]", 25311.29),
                new Case("uk2013_4lists.csv", 3, "[12,13,4]", 11987.09),
                new Case("korea_palembang_3lists.csv", 2, "[12,23]", 157.17),
                new Case("netherlands_2010_2015_5lists.csv", 4, "[135,12,24,34]", 148788.76),
                new Case("rcapture_lesbian_4lists.csv", 2, "[12,14,23,24,34]", 6349.0))) {
            MseResult r = MseEstimator.builder()
                    .method(MseMethod.BIC)
                    .maxOrder(c.order())
                    .spread(false)
                    .build()
                    .estimate(MseTables.load(c.file()));
            assertThat(r.model()).as(c.file() + " order " + c.order()).isEqualTo(c.model());
            assertThat(r.estimate()).as(c.file()).isCloseTo(c.estimate(), within(HALF_DECIMAL));
        }
    }

    @Test
    void rcaptureModels_ukFiveLists_matchClosedp() {
        assertThat(MseTables.estimate("uk2013_5lists.csv", MseMethod.parse("m0"))
                        .estimate())
                .isCloseTo(14832.2, within(HALF_DECIMAL));
        assertThat(MseTables.estimate("uk2013_5lists.csv", MseMethod.parse("mh-chao"))
                        .estimate())
                .isCloseTo(14962.8, within(HALF_DECIMAL));
        assertThat(MseTables.estimate("uk2013_5lists.csv", MseMethod.parse("mth-chao"))
                        .estimate())
                .isCloseTo(13570.0, within(HALF_DECIMAL));
        assertThat(MseTables.estimate("uk2013_5lists.csv", MseMethod.parse("mth-darroch"))
                        .estimate())
                .isCloseTo(14649.7, within(HALF_DECIMAL));
    }

    @Test
    void rcaptureModels_hivAndLesbian_matchClosedp() {
        assertThat(MseTables.estimate("rcapture_hiv_rome_4lists.csv", MseMethod.parse("m0"))
                        .estimate())
                .isCloseTo(11576.7, within(HALF_DECIMAL));
        assertThat(MseTables.estimate("rcapture_hiv_rome_4lists.csv", MseMethod.parse("mh-chao"))
                        .estimate())
                .isCloseTo(12145.1, within(HALF_DECIMAL));
        assertThat(MseTables.estimate("rcapture_lesbian_4lists.csv", MseMethod.parse("m0"))
                        .estimate())
                .isCloseTo(3829.2, within(HALF_DECIMAL));
    }

    @Test
    void profileLikelihood_ukFiveListsIndependence_matchesClosedpCI() {
        MseResult r = MseEstimator.builder()
                .method(MseMethod.INDEPENDENCE)
                .interval(IntervalMethod.PROFILE)
                .spread(false)
                .build()
                .estimate(MseTables.load("uk2013_5lists.csv"));
        assertThat(r.lower()).isCloseTo(11985.1, within(HALF_DECIMAL));
        assertThat(r.upper()).isCloseTo(15165.9, within(HALF_DECIMAL));
        assertThat(r.diagnostics().profileMaximum()).isCloseTo(13437.9, within(HALF_DECIMAL));
        assertThat(r.estimate()).as("the Poisson estimate is reported").isCloseTo(13444.13, within(CENT));
    }
}
