package org.uncounted.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {
    private static final Dimension PROVINCE = Dimension.of("province", "NH", "RG", "SH");
    private static final Dimension YEAR = Dimension.of("year", "2017", "2018", "2019");
    private static final DisclosurePolicy EXACT = DisclosurePolicy.DEFAULT.withRoundingBase(1);

    private static DisclosureControl control() {
        return DisclosureControl.create(new InMemoryBudgetLedger(), DisclosureAuditSink.NONE);
    }

    @Test
    void apply_oneSmallCell_hidesIt_andARectangle_soItCannotBeRecovered() {
        CountTable t = CountTable.twoWay(
                "by_province_year", PROVINCE, YEAR, new long[][] {{40, 35, 50}, {25, 4, 30}, {20, 22, 18}});
        PublishedTable out = control().apply(Release.of("ds", "r1", t), EXACT).table("by_province_year");
        System.out.print(out.render());
        assertThat(out.cell(1, 1).suppressed()).isTrue();
        // hypercube condition: ≥ 2 suppressed cells in the row and in the column of the small cell
        long inRow = out.grid().get(1).stream()
                .limit(3)
                .filter(PublishedCell::suppressed)
                .count();
        long inColumn = List.of(out.cell(0, 1), out.cell(1, 1), out.cell(2, 1)).stream()
                .filter(PublishedCell::suppressed)
                .count();
        assertThat(inRow).isGreaterThanOrEqualTo(2);
        assertThat(inColumn).isGreaterThanOrEqualTo(2);
        assertThat(out.grandTotal().value()).isEqualTo(244);
    }

    @Test
    void apply_defaultPolicy_roundsToBaseFive_andDropsCellsThatRoundBelowThreshold() {
        CountTable t = CountTable.oneWay("by_province", PROVINCE, 12, 13, 40);
        PublishedTable out = control()
                .apply(Release.of("ds", "r1", t), DisclosurePolicy.DEFAULT)
                .table("by_province");
        // 12 rounds to 10 < 11 → hidden; then 13 must be hidden too (total would give it away)
        assertThat(out.cell(0, 0).suppressed()).isTrue();
        assertThat(out.cell(0, 1).suppressed()).isTrue();
        assertThat(out.cell(0, 2).value()).isEqualTo(40);
        assertThat(out.grandTotal().value()).isEqualTo(65);
    }

    @Test
    void naivePerTableSuppression_isBrokenByDifferenceAttack_butReleaseLevelSuppressionIsNot() {
        CountTable byProvinceYear = CountTable.twoWay(
                "by_province_year", PROVINCE, YEAR, new long[][] {{15, 15, 20}, {3, 4, 2}, {12, 13, 30}});
        Dimension type = Dimension.of("type", "marriage", "prostitution");
        CountTable byProvince =
                CountTable.twoWay("by_province_type", PROVINCE, type, new long[][] {{25, 25}, {5, 4}, {11, 44}});
        // naive: each table protected on its own, then published together
        List<PublishedTable> naive = new ArrayList<>();
        naive.addAll(
                control().apply(Release.of("ds", "a", byProvinceYear), EXACT).tables());
        naive.addAll(control().apply(Release.of("ds", "b", byProvince), EXACT).tables());
        PublishedRelease naiveRelease = new PublishedRelease(
                "ds",
                "naive",
                naive,
                new DisclosureRecord(
                        "ds",
                        "naive",
                        11,
                        1,
                        "none",
                        11,
                        "None[]",
                        java.math.BigDecimal.ZERO,
                        java.math.BigDecimal.ZERO,
                        List.of()));
        Map<String, Long> leaked = LineSolvingAttack.recover(naiveRelease, true);
        System.out.println("naive release leaks: " + leaked);
        assertThat(leaked).isNotEmpty();
        assertThat(DisclosureControl.check(naiveRelease, EXACT).passed()).isFalse();

        PublishedRelease joint = control().apply(Release.of("ds", "joint", byProvinceYear, byProvince), EXACT);
        joint.tables().forEach(t -> System.out.print(t.render()));
        assertThat(LineSolvingAttack.recover(joint, true)).isEmpty();
        assertThat(DisclosureControl.check(joint, EXACT).passed()).isTrue();
        assertThat(joint.record().count(SuppressedCell.Reason.SHARED)).isPositive();
    }

    @Test
    void check_tamperedRelease_reportsEachBrokenRule() {
        CountTable t = CountTable.oneWay("by_province", PROVINCE, 30, 4, 40);
        PublishedRelease ok = control().apply(Release.of("ds", "r", t), DisclosurePolicy.DEFAULT);
        PublishedTable pt = ok.table("by_province");
        // reveal the complementary cell and show a small count: both must be caught
        List<List<PublishedCell>> grid = List.of(List.of(
                pt.cell(0, 0).suppressed() ? PublishedCell.of(30) : pt.cell(0, 0),
                PublishedCell.of(4),
                pt.cell(0, 2).suppressed() ? PublishedCell.of(40) : pt.cell(0, 2),
                pt.grandTotal()));
        PublishedRelease tampered = new PublishedRelease(
                "ds",
                "r",
                List.of(new PublishedTable(pt.name(), pt.universe(), pt.kind(), pt.rows(), pt.columns(), grid)),
                ok.record());
        CheckReport report = DisclosureControl.check(tampered, DisclosurePolicy.DEFAULT);
        assertThat(report.violations())
                .extracting(CheckReport.Violation::rule)
                .contains(CheckReport.Rule.BELOW_THRESHOLD, CheckReport.Rule.NOT_ROUNDED);
        assertThatThrownBy(() -> DisclosureControl.requirePublishable(tampered, DisclosurePolicy.DEFAULT))
                .isInstanceOf(DisclosureViolationException.class);
    }

    @Test
    void check_singleSuppressedCellInLine_isUnprotected() {
        PublishedTable t = new PublishedTable(
                "t",
                "persons",
                TableKind.FREQUENCY,
                java.util.Optional.empty(),
                PROVINCE,
                List.of(List.of(
                        PublishedCell.of(30),
                        PublishedCell.suppressedCell(),
                        PublishedCell.of(40),
                        PublishedCell.of(75))));
        PublishedRelease r = new PublishedRelease(
                "ds",
                "r",
                List.of(t),
                control()
                        .apply(Release.of("ds", "r", CountTable.oneWay("x", PROVINCE, 20, 20, 20)), EXACT)
                        .record());
        // exact values: the hidden cell is 75 − 30 − 40 = 5
        assertThat(DisclosureControl.check(r, EXACT).violations())
                .extracting(CheckReport.Violation::rule)
                .containsExactly(CheckReport.Rule.UNPROTECTED);
    }

    @Test
    void captureHistories_overlapCellsBelowEleven_areNeverPublished_evenUnderALowerPolicyThreshold() {
        CountTable ch = CountTable.captureHistories(
                "capture",
                List.of("A", "B", "C"),
                Map.of("100", 120L, "010", 95L, "001", 60L, "110", 14L, "101", 6L, "011", 9L, "111", 2L));
        DisclosurePolicy lax = EXACT.withThreshold(3).withProtectionWidth(3);
        PublishedTable out = control().apply(Release.of("ds", "mse", ch), lax).table("capture");
        System.out.print(out.render());
        for (PublishedCell c : out.grid().get(0)) {
            if (!c.suppressed()) {
                assertThat(c.value()).isGreaterThanOrEqualTo(11);
            }
        }
        assertThat(out.cell(0, out.columns().labels().indexOf("101")).suppressed())
                .isTrue();
        assertThat(out.cell(0, out.columns().labels().indexOf("110")).value()).isEqualTo(14);
    }

    @Test
    void countTable_negativeCount_isRejectedWithTableAndRow() {
        assertThatThrownBy(() -> CountTable.oneWay("t", PROVINCE, 1, -2, 3))
                .isInstanceOf(InvalidTableException.class)
                .hasMessageContaining("table t row 0: negative count");
    }
}
