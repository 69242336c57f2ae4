package org.uncounted.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Rcapture-style model notation. */
class LogLinearModelTest {

    @Test
    void parse_pairsAndMainEffect_roundTripsInRcaptureOrder() {
        LogLinearModel m = LogLinearModel.parse("[24,12,13,4]", 4);
        assertThat(m.toString()).isEqualTo("[12,13,24]");
        assertThat(m.parameterCount()).isEqualTo(1 + 4 + 3);
        assertThat(LogLinearModel.parse("[12,3]", 3).toString()).isEqualTo("[12,3]");
    }

    @Test
    void parse_threeWayTerm_bringsItsPairs() {
        LogLinearModel m = LogLinearModel.parse("[135,12,24,34]", 5);
        assertThat(m.interactionTerms()).hasSize(3 + 1 + 3);
        assertThat(m.toString()).isEqualTo("[135,12,24,34]");
        assertThat(m.order()).isEqualTo(3);
    }

    @Test
    void parse_tenLists_usesDots() {
        LogLinearModel m = LogLinearModel.parse("[1.10,2.3]", 10);
        assertThat(m.toString()).isEqualTo("[1.10,2.3,4,5,6,7,8,9]");
    }

    @Test
    void parse_listOutOfRange_rejectedNamingTerm() {
        assertThatThrownBy(() -> LogLinearModel.parse("[12,15]", 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'15'");
    }
}
