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
        // levels 0..7: 1 + 3 + 3 points; then a near date beside 1–2 or 3 points (one column
        // agrees at most)
        assertThat(c.levelCount()).isEqualTo(10);
        assertThat(c.level(0, 1)).isEqualTo(7);
        assertThat(c.levelLabel(7)).isEqualTo("agreement points 6+");
        assertThat(c.levelLabel(9)).isEqualTo("a date within a year, agreement points 3-4");
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
        // within a year on the other (a misremembered date: a level of its own)
        cols.add(Arrays.asList("2001-04-10", "2001-04-10", "2001", "2001-04-10", "2001-04"));
        cols.add(Arrays.asList("2003-02", "2003-02-11", null, "2007", "2004-01"));
        EventDateComparison c = new EventDateComparison("trajectory", List.of("a", "b"), cols);
        assertThat(c.levelCount()).isEqualTo(10);
        assertThat(c.level(0, 1)).isEqualTo(1 + 3 + 2);
        assertThat(c.level(0, 2)).isEqualTo(1 + 1);
        assertThat(c.level(0, 3)).isZero();
        assertThat(c.level(0, 4)).isEqualTo(8); // near date and 2 points: not the clean level 3
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

    @Test
    void level_nearDateBesideAgreeingOnes_getsItsOwnLevels_notTheCleanPoints() {
        // five columns; record 0 the reference. 1: five dates agree by year (5 points); 2: three
        // agree by year and one is a month off across a year end (3 points and a near date); 3:
        // only the near date; 4: two by year and the near date
        List<List<String>> cols = new ArrayList<>();
        cols.add(Arrays.asList("2001", "2001", "2001", null, "2001"));
        cols.add(Arrays.asList("2002", "2002", "2002", null, "2002"));
        cols.add(Arrays.asList("2003", "2003", "2003", null, null));
        cols.add(Arrays.asList("2004", "2004", "2004", null, null));
        cols.add(Arrays.asList("2005-12", "2005", "2006-01", "2006-01", "2006-01"));
        EventDateComparison c = new EventDateComparison("trajectory", List.of("a", "b", "c", "d", "e"), cols);
        int top = 8; // 7+ points
        assertThat(c.levelCount()).isEqualTo(top + 1 + 3);
        assertThat(c.level(0, 1)).isEqualTo(1 + 5);
        assertThat(c.level(0, 2)).isEqualTo(top + 2); // 3 points beside a near date
        assertThat(c.level(0, 3)).isEqualTo(1); // a near date alone
        assertThat(c.level(0, 4)).isEqualTo(top + 1); // 2 points beside a near date
        // the near levels form their own chain above "a date within a year"
        assertThat(c.strongerLevels(1)).containsExactlyInAnyOrder(2, top + 1);
        assertThat(c.strongerLevels(top + 1)).containsExactly(top + 2);
        assertThat(c.strongerLevels(top + 3)).isEmpty();
        assertThat(c.strongerLevels(top)).isEmpty();
        assertThat(c.strongerLevels(3)).containsExactly(4);
    }
}
