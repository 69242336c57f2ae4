package org.uncounted.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.uncounted.model.InvalidCaseException;

class AgeTest {
    private static final ImpreciseDate IN_2015 = ImpreciseDate.ofYear(2015);

    @Test
    void koreanAge_toInternational_isOneOrTwoLess() {
        Age korean = Age.exact(25, AgeReckoning.KOREAN, IN_2015);
        Age international = korean.toInternational();
        assertThat(international.min()).isEqualTo(23);
        assertThat(international.max()).isEqualTo(24);
        assertThat(international.reckoning()).isEqualTo(AgeReckoning.INTERNATIONAL);
    }

    @Test
    void koreanAge_birthYears_isYearMinusAgePlusOne() {
        assertThat(Age.exact(25, AgeReckoning.KOREAN, IN_2015).birthYears()).contains(YearRange.of(1991));
    }

    @Test
    void internationalAge_birthYears_spansTwoYears() {
        assertThat(Age.exact(25, AgeReckoning.INTERNATIONAL, IN_2015).birthYears())
                .contains(new YearRange(1989, 1990));
    }

    @Test
    void band_unknownReckoning_widensBothWays() {
        Age band = Age.parse("20-24", AgeReckoning.UNKNOWN, ImpreciseDate.parse("2014/2015"));
        assertThat(band.birthYears()).contains(new YearRange(1989, 1996));
        assertThat(band.toInternational().yearsText()).isEqualTo("18-24");
    }

    @Test
    void statedOnUnknown_birthYearsEmpty() {
        assertThat(Age.exact(30, AgeReckoning.INTERNATIONAL, null).birthYears()).isEmpty();
    }

    @Test
    void ageOf200_isRejectedNamingFieldValueAndRule() {
        assertThatThrownBy(() -> Age.exact(200, AgeReckoning.INTERNATIONAL, IN_2015))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("field 'age' value '200': must be between 0 and 120 years");
        assertThatThrownBy(() -> Age.parse("-1", AgeReckoning.KOREAN, IN_2015))
                .isInstanceOf(InvalidCaseException.class);
        assertThatThrownBy(() -> Age.parse("30-20", AgeReckoning.KOREAN, IN_2015))
                .isInstanceOf(InvalidCaseException.class);
        assertThatThrownBy(() -> Age.parse("old", AgeReckoning.KOREAN, IN_2015)).hasMessageContaining("whole number");
    }
}
