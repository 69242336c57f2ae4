package org.uncounted.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDateComparisonTest {
    /** One date column: record 0 against each of the others. */
    private static int[] levelsAgainstFirst(String... dates) {
        EventDateComparison c = new EventDateComparison("d", List.of("d"), List.of(Arrays.asList(dates)));
        int[] out = new int[dates.length - 1];
        for (int i = 1; i < dates.length; i++) out[i - 1] = c.level(0, i);
        return out;
    }

    @Test
    void level_oneColumn_comparesAtTheSharedPrecision() {
        assertThat(levelsAgainstFirst(
                        "2015-03-21",
                        "2015-03-21",
                        "2015-03-02",
                        "2015-03",
                        "2015",
                        "~2016",
                        "2014-06",
                        "2013-12",
                        null))
                .containsExactly(4, 3, 3, 2, 2, 1, 0, Comparison.NULL);
    }

    @Test
    void level_rangesAndApproximateYears_overlapAtYearLevel() {
        // "~2016" is 2015–2017; a range from the formats module; a season; a decade (too wide: missing)
        assertThat(levelsAgainstFirst("2017-05", "~2016", "2016/2018", "2017-22", "2010s", "2019"))
                .containsExactly(2, 2, 1, Comparison.NULL, 0); // May is a month before summer; 2019 is over a year off
        assertThat(levelsAgainstFirst("2017-07", "2017-22")).containsExactly(2); // summer is Jun–Aug
    }

    @Test
    void level_datesWiderThanThreeYears_areMissing_forLevelsAndKeys() {
        assertThat(levelsAgainstFirst("2017", "1995/2018", "2010s", "2015/2017", "~2016"))
                .containsExactly(Comparison.NULL, Comparison.NULL, 2, 2);
        EventDateComparison c =
                new EventDateComparison("d", List.of("d"), List.of(Arrays.asList("1995/2018", "2010s")));
        assertThat(c.keys(0, BlockKey.EVENT_YEAR)).isEmpty();
        assertThat(c.keys(1, BlockKey.EVENT_YEAR)).isEmpty();
    }

    @Test
    void levelCount_twoColumns_stopsAtTheLevelTheyCanReach() {
        List<List<String>> cols =
                List.of(Arrays.asList("2001-04-10", "2001-04-10"), Arrays.asList("2003-02-11", "2003-02-11"));
        EventDateComparison c = new EventDateComparison("trajectory", List.of("a", "b"), cols);
        assertThat(c.levelCount()).isEqualTo(8); // levels 0..7: 1 + 3 + 3
        assertThat(c.level(0, 1)).isEqualTo(7);
        assertThat(c.levelLabel(7)).isEqualTo("agreement points 6+");
    }

    @Test
    void level_unreadableText_isMissingNotDisagreement() {
        assertThat(levelsAgainstFirst("2015", "spring", "2015-13-40", "1700", "2016/2014"))
                .containsExactly(Comparison.NULL, Comparison.NULL, Comparison.NULL, Comparison.NULL);
    }

    @Test
    void level_severalColumns_addAgreementPoints_andAnyContradictionWins() {
        List<List<String>> cols = new ArrayList<>();
        // record 0 is the reference; 1 agrees by month on both; 2 by year on one (other missing);
        // 3 agrees by day on one but contradicts on the other; 4 agrees by month on one and is
        // within a year on the other (a misremembered date: it adds no point and takes none)
        cols.add(Arrays.asList("2001-04-10", "2001-04-10", "2001", "2001-04-10", "2001-04"));
        cols.add(Arrays.asList("2003-02", "2003-02-11", null, "2007", "2004-01"));
        EventDateComparison c = new EventDateComparison("trajectory", List.of("a", "b"), cols);
        assertThat(c.levelCount()).isEqualTo(8);
        assertThat(c.level(0, 1)).isEqualTo(1 + 3 + 2);
        assertThat(c.level(0, 2)).isEqualTo(1 + 1);
        assertThat(c.level(0, 3)).isZero();
        assertThat(c.level(0, 4)).isEqualTo(1 + 2);
        assertThat(c.levelLabel(6)).isEqualTo("agreement points 5");
    }

    @Test
    void keys_monthAndYear_onlyMeetTheSameColumn() {
        List<List<String>> cols = List.of(Arrays.asList("2001-04", "2005"), Arrays.asList("2005-04", "2001-04"));
        EventDateComparison c = new EventDateComparison("trajectory", List.of("a", "b"), cols);
        // record 0: a=2001-04, b=2005-04; record 1: a=2005, b=2001-04
        long[] m0 = c.keys(0, BlockKey.EVENT_MONTH), m1 = c.keys(1, BlockKey.EVENT_MONTH);
        assertThat(m0).hasSize(2);
        assertThat(m1).hasSize(1);
        assertThat(Arrays.stream(m0).filter(k -> k == m1[0])).isEmpty(); // 2001-04 in column a ≠ column b
        long[] y0 = c.keys(0, BlockKey.EVENT_YEAR), y1 = c.keys(1, BlockKey.EVENT_YEAR);
        assertThat(Arrays.stream(y0).filter(k -> Arrays.stream(y1).anyMatch(x -> x == k)))
                .isEmpty();
        assertThat(c.keys(0, BlockKey.PLACE)).isEmpty();
    }
}
