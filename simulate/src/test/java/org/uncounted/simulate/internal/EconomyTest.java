package org.uncounted.simulate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EconomyTest {
    @Test
    void cpi_chainedFromYearlyChanges_matchesDomainTable() {
        assertThat(Economy.cpi(2019)).isEqualTo(100.0);
        assertThat(Economy.cpi(2015)).isCloseTo(91.8, within(0.1));
        assertThat(Economy.cpi(2010)).isCloseTo(80.0, within(0.1));
        assertThat(Economy.cpi(2023)).isCloseTo(105.7, within(0.1));
    }

    @Test
    void fromCny_2019_matchesThePressChecksOfTheDomainResearch() {
        // Trouw, May 2019: RMB 1,000 ≈ EUR 130; Mothership: RMB 1,000 = USD 146
        assertThat(Economy.fromCny(1000, "EUR", 2019)).isCloseTo(129.3, within(1.0));
        assertThat(Economy.fromCny(1000, "USD", 2019)).isCloseTo(145.0, within(1.5));
        assertThat(Double.isNaN(Economy.usdPerEur(1997))).isTrue();
    }
}
