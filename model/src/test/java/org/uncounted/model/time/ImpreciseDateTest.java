package org.uncounted.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uncounted.model.InvalidCaseException;

class ImpreciseDateTest {
    @Test
    void parse_eachPrecision_givesIntervalAndPrecision() {
        assertThat(ImpreciseDate.parse("2015"))
                .isEqualTo(new ImpreciseDate(DatePrecision.YEAR, LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)));
        assertThat(ImpreciseDate.parse("2016-02").latest()).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(ImpreciseDate.parse("2015-03-21").precision()).isEqualTo(DatePrecision.DAY);
        ImpreciseDate decade = ImpreciseDate.parse("2010s");
        assertThat(decade.earliest()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(decade.latest()).isEqualTo(LocalDate.of(2019, 12, 31));
        ImpreciseDate range = ImpreciseDate.parse("2015/2017");
        assertThat(range.precision()).isEqualTo(DatePrecision.RANGE);
        assertThat(range.latest()).isEqualTo(LocalDate.of(2017, 12, 31));
    }

    @Test
    void parse_winter_runsIntoNextYear() {
        ImpreciseDate winter = ImpreciseDate.parse("2015-24");
        assertThat(winter.precision()).isEqualTo(DatePrecision.SEASON);
        assertThat(winter.earliest()).isEqualTo(LocalDate.of(2015, 12, 1));
        assertThat(winter.latest()).isEqualTo(LocalDate.of(2016, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2015",
                "2015-03",
                "2015-03-21",
                "2015-21",
                "2015-24",
                "2010s",
                "2015/2017",
                "2015-03/2016-05",
                "2015-03-02/2015-04-09"
            })
    void format_parse_roundTripsExactly(String text) {
        assertThat(ImpreciseDate.parse(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "15", "2015-13", "2015-02-30", "twenty", "2017/2015", "2015-3", "2015s", "2010s/2015"})
    void parse_malformed_throwsNamingTheForms(String text) {
        assertThatThrownBy(() -> ImpreciseDate.parse(text))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("field 'date'");
    }

    @Test
    void overlapAndOrder_followIntervals() {
        ImpreciseDate y2015 = ImpreciseDate.parse("2015");
        assertThat(y2015.overlaps(ImpreciseDate.parse("2015-06"))).isTrue();
        assertThat(y2015.overlaps(ImpreciseDate.parse("2016"))).isFalse();
        assertThat(y2015.isDefinitelyBefore(ImpreciseDate.parse("2016-01"))).isTrue();
        assertThat(ImpreciseDate.parse("2015-06").isDefinitelyBefore(y2015)).isFalse();
        assertThat(y2015.compareTo(ImpreciseDate.parse("2015-01"))).isPositive();
        assertThat(ImpreciseDate.parse("2014-12").compareTo(y2015)).isNegative();
        assertThat(y2015.midpoint()).isEqualTo(LocalDate.of(2015, 7, 2));
    }
}
