package org.uncounted.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PivotNameComparisonTest {
    private static PivotNameComparison of(String... names) {
        return new PivotNameComparison("name", List.of(names), NameReader::full);
    }

    @Test
    void level_titleAndSurname_isMissingAgainstAnyName() {
        // "Ms Park" is how a report withholds a name: no evidence for or against (it was compared as
        // the empty Latin string and scored "different", −1.3 bits against her own records)
        PivotNameComparison c = of("Ms Park", "김정옥", "Kim Jeong-ok", "Hae-eun", "Ms Park", "Ms Song");
        assertThat(c.level(0, 1)).isEqualTo(Comparison.NULL);
        assertThat(c.level(0, 2)).isEqualTo(Comparison.NULL);
        assertThat(c.level(2, 0)).isEqualTo(Comparison.NULL);
        assertThat(c.level(0, 3)).isEqualTo(Comparison.NULL);
        assertThat(c.level(1, 2)).isEqualTo(4);
    }

    @Test
    void level_twoIdenticalPseudonyms_areNotTheSameName() {
        // two women both called "Ms Park" by the press share nothing (was: level 4, "same reading")
        PivotNameComparison c = of("Ms Park", "Ms Park", "Ms Song");
        assertThat(c.level(0, 1)).isEqualTo(Comparison.NULL);
        assertThat(c.level(0, 2)).isEqualTo(Comparison.NULL);
    }

    @Test
    void level_bothEndsKnownSurnames_comparesOneOrderAtATime() {
        // "Zhao Hong" is 조 + Hong or 홍 + Zhao; "Liu Hong" 류 + Hong or 홍 + Liu. Their union shares
        // the surname 홍 (second order) and the given name Hong (first order): that is no full-name
        // agreement (it was level 4, "same reading"): at most the broad pinyin level of one order
        PivotNameComparison c = new PivotNameComparison(
                "name",
                List.of("Zhao Hong", "Liu Hong", "Hong Zhao", "Jin Li", "Lin Li"),
                NameReader::full,
                NameReader::orders);
        assertThat(c.level(0, 1)).isLessThan(4);
        assertThat(c.level(3, 4)).isLessThan(4);
        // the same woman with her name in the other order still agrees fully
        assertThat(c.level(0, 2)).isEqualTo(4);
        // without the per-order readings, the union makes the false agreement
        PivotNameComparison union = new PivotNameComparison("name", List.of("Zhao Hong", "Liu Hong"), NameReader::full);
        assertThat(union.level(0, 1)).isEqualTo(4);
    }
}
