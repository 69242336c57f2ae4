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
}
