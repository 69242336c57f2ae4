package org.uncounted.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading capture histories: every rejection names file, line, column, value and rule. */
class CaptureHistoryCsvTest {

    private static StratifiedCaptureHistories parse(String csv, String strata) {
        return CaptureHistoryCsv.parse("t.csv", csv.lines().toList(), strata);
    }

    @Test
    void parse_missingPatterns_areZeroCells() {
        CaptureHistories h = parse("A,B,C,count\n1,0,0,5\n1,1,0,2\n", null).total();
        assertThat(h.listCount()).isEqualTo(3);
        assertThat(h.observed()).isEqualTo(7);
        assertThat(h.count(0b011)).isEqualTo(2);
        assertThat(h.count(0b100)).isZero();
    }

    @Test
    void parse_oneList_rejected() {
        assertThatThrownBy(() -> parse("A,count\n1,5\n", null))
                .isInstanceOf(InvalidCaptureHistoryException.class)
                .hasMessageContaining("t.csv")
                .hasMessageContaining("at least 2 lists");
    }

    @Test
    void parse_valueNotZeroOrOne_rejectedWithLineColumnValue() {
        assertThatThrownBy(() -> parse("A,B,count\n1,0,5\n2,1,3\n", null))
                .isInstanceOf(InvalidCaptureHistoryException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("column 'A'")
                .hasMessageContaining("'2'")
                .hasMessageContaining("must be 0 or 1");
    }

    @Test
    void parse_negativeCount_rejected() {
        assertThatThrownBy(() -> parse("A,B,count\n1,0,5\n1,1,-3\n", null))
                .isInstanceOf(InvalidCaptureHistoryException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("-3")
                .hasMessageContaining("non-negative");
    }

    @Test
    void parse_fractionalCount_rejected() {
        assertThatThrownBy(() -> parse("A,B,count\n1,0,5\n1,1,1.5\n", null))
                .isInstanceOf(InvalidCaptureHistoryException.class)
                .hasMessageContaining("'1.5'")
                .hasMessageContaining("whole number");
    }

    @Test
    void parse_duplicatePattern_rejectedNamingBothLines() {
        assertThatThrownBy(() -> parse("A,B,count\n1,0,5\n1,1,1\n1,0,2\n", null))
                .isInstanceOf(InvalidCaptureHistoryException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("duplicate pattern 10")
                .hasMessageContaining("line 2");
    }

    @Test
    void parse_allZeroPattern_rejected() {
        assertThatThrownBy(() -> parse("A,B,count\n1,1,5\n0,0,9\n", null))
                .isInstanceOf(InvalidCaptureHistoryException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("all-zero pattern");
    }

    @Test
    void parse_noOverlapAtAll_rejected() {
        assertThatThrownBy(() -> parse("A,B,C,count\n1,0,0,5\n0,1,0,4\n0,0,1,3\n", null))
                .isInstanceOf(InvalidCaptureHistoryException.class)
                .hasMessageContaining("no case appears on two lists");
    }

    @Test
    void parse_strata_splitsAndSumsTotal() {
        StratifiedCaptureHistories s =
                parse("year,A,B,count\n2019,1,0,5\n2019,1,1,2\n2020,1,0,3\n2020,0,1,4\n2020,1,1,1\n", "year");
        assertThat(s.strata().keySet()).containsExactly("2019", "2020");
        assertThat(s.strata().get("2020").observed()).isEqualTo(8);
        assertThat(s.total().count(0b01)).isEqualTo(8);
        assertThat(s.total().observed()).isEqualTo(15);
        assertThat(s.strata().get("2019").source()).contains("stratum 2019");
    }

    @Test
    void builder_inMemory_rejectsDuplicateAndBuildsTable() {
        CaptureHistories h = CaptureHistories.builder("api", List.of("X", "Y"))
                .add("10", 3)
                .add("11", 2)
                .build();
        assertThat(h.overlap(0b11)).isEqualTo(2);
        assertThatThrownBy(() -> CaptureHistories.builder("api", List.of("X", "Y"))
                        .add("10", 3)
                        .add("10", 1))
                .isInstanceOf(InvalidCaptureHistoryException.class);
    }

    @Test
    void chapman_twoLists_lincolnPetersenWithCorrection() {
        CaptureHistories h = CaptureHistories.builder("api", List.of("X", "Y"))
                .add("10", 80)
                .add("01", 60)
                .add("11", 20)
                .build();
        MseResult r = MseEstimator.builder()
                .method(MseMethod.parse("chapman"))
                .build()
                .estimate(h);
        // (n1 + 1)(n2 + 1)/(m + 1) − 1 with n1 = 100, n2 = 80, m = 20
        assertThat(r.estimate()).isCloseTo(101.0 * 81 / 21 - 1, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(r.lower()).isLessThan(r.estimate());
        MseResult lp =
                MseEstimator.builder().method(MseMethod.INDEPENDENCE).build().estimate(h);
        assertThat(lp.estimate()).isCloseTo(100.0 * 80 / 20, org.assertj.core.api.Assertions.within(1e-6));
    }
}
