package org.uncounted.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgeSummariesTest {
    @Test
    void bands_kfiAgeGroups_countEachAgeOnce() {
        double[] ages = {9, 12, 14, 19, 22, 24, 28, 29, 33, 41, 8};
        AgeSummaries.Bands b = AgeSummaries.bands(new int[] {9, 12, 18, 30}, ages);
        assertThat(b.labels()).containsExactly("9–11", "12–17", "18–29", "30+");
        assertThat(b.counts()).containsExactly(1, 2, 5, 2);
        assertThat(b.belowFirst()).isEqualTo(1);
    }

    @Test
    void summarise_impossibleAge_isRejected() {
        assertThatThrownBy(() -> AgeSummaries.summarise("g", new double[] {20, 200}, BootstrapSettings.percentile(1)))
                .isInstanceOf(InvalidFigureInputException.class)
                .hasMessageContaining("age 200.0 outside 0..120");
    }
}
