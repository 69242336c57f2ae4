package org.uncounted.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uncounted.model.InvalidCaseException;
import org.uncounted.model.Involvement;
import org.uncounted.model.money.Currency;
import org.uncounted.model.money.Money;
import org.uncounted.model.place.PlaceLevel;
import org.uncounted.model.time.ImpreciseDate;
import org.uncounted.model.vocab.ExploitationType;
import org.uncounted.model.vocab.MeansOfControl;
import org.uncounted.model.vocab.Reliability;
import org.uncounted.model.vocab.SaleType;
import org.uncounted.model.vocab.VenueType;

class EventValidationTest {
    private static EventCore core(String date) {
        return EventCore.of("e1", "src-1", Reliability.HIGH)
                .withDate(date == null ? null : ImpreciseDate.parse(date))
                .withPlace(new PlaceRef("CN-222400", PlaceLevel.PREFECTURE))
                .withInvolvements(List.of(Involvement.victim("p1")));
    }

    @Test
    void spell_endingBeforeStart_isRejectedNamingBoth() {
        assertThatThrownBy(() -> new ExploitationSpell(
                        core("2016-05"),
                        ExploitationType.PROSTITUTION,
                        VenueType.BROTHEL,
                        ImpreciseDate.parse("2015"),
                        Set.of(),
                        null,
                        null))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("field 'end' value '2015': an exploitation spell must not end before it starts (2016-05)");
    }

    @Test
    void spell_overlappingImpreciseEnd_isAccepted_andOpenEndMeansOngoing() {
        ExploitationSpell s = new ExploitationSpell(
                core("2015-06"),
                ExploitationType.FORCED_MARRIAGE,
                VenueType.HOUSEHOLD,
                ImpreciseDate.parse("2015"),
                Set.of(MeansOfControl.THREAT_OF_DENUNCIATION),
                null,
                1);
        assertThat(s.start().toString()).isEqualTo("2015-06");
        assertThat(new ExploitationSpell(core("2015"), ExploitationType.CYBERSEX, null, null, null, null, null)
                        .isOpen())
                .isTrue();
    }

    @Test
    void sale_priceRules_positiveAndBelowAbsurdityBound() {
        Money ok = Money.of("10000", Currency.CNY, 2015);
        assertThat(new Sale(core("2015"), ok, 1, SaleType.TO_HUSBAND, null, null).price())
                .isEqualTo(ok);
        assertThatThrownBy(() ->
                        new Sale(core("2015"), Money.of("0", Currency.CNY, 2015), 1, SaleType.TO_HUSBAND, null, null))
                .hasMessage("field 'price' value '0 CNY': a price must be greater than zero");
        assertThatThrownBy(() -> new Sale(
                        core("2015"), Money.of("5000000000", Currency.USD, 2015), 1, SaleType.TO_BROTHEL, null, null))
                .hasMessageContaining("field 'price' value '5000000000 USD': a price must be below 1500000 USD");
        assertThatThrownBy(() -> new Resale(core("2015"), ok, 1, SaleType.TO_BROTHEL, null, null))
                .hasMessageContaining("saleIndex");
    }

    @Test
    void core_missingSource_isRejected() {
        assertThatThrownBy(() -> EventCore.of("e1", " ", Reliability.LOW))
                .hasMessage("field 'event.sourceId' value ' ': is required and must not be blank");
    }
}
