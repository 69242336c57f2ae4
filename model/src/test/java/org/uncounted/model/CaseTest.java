package org.uncounted.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uncounted.model.event.Arrival;
import org.uncounted.model.event.EventCore;
import org.uncounted.model.event.PlaceRef;
import org.uncounted.model.place.PlaceLevel;
import org.uncounted.model.vocab.ConsentMethod;
import org.uncounted.model.vocab.ConsentPurpose;
import org.uncounted.model.vocab.Reliability;

class CaseTest {
    private static Arrival arrival(String personId) {
        return new Arrival(
                EventCore.of("e1", "src", Reliability.HIGH)
                        .withPlace(new PlaceRef("KR", PlaceLevel.COUNTRY))
                        .withInvolvements(List.of(Involvement.victim(personId))),
                "TH");
    }

    @Test
    void build_validCase_keepsEverything() {
        Case c = Case.builder("c1", "src", "r1")
                .person(Person.builder("p1").pseudonym("Ms Song").build())
                .event(arrival("p1"))
                .narrative(SensitiveText.of("synthetic narrative"))
                .build();
        assertThat(c.events()).hasSize(1);
        assertThat(((Arrival) c.events().get(0)).isInRok()).isTrue();
        assertThat(c.toString()).doesNotContain("synthetic narrative");
    }

    @Test
    void build_involvementOfUnknownPerson_isRejected() {
        assertThatThrownBy(() -> Case.builder("c1", "src", "r1")
                        .person(Person.builder("p1").build())
                        .event(arrival("p2"))
                        .build())
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("field 'events[0].involvements[0].personId' value 'p2': must name a person of this case");
    }

    @Test
    void build_duplicatePerson_isRejected() {
        assertThatThrownBy(() -> Case.builder("c1", "src", "r1")
                        .person(Person.builder("p1").build())
                        .person(Person.builder("p1").build())
                        .build())
                .hasMessageContaining("persons[1].id");
    }

    @Test
    void consent_allows_respectsGrantDateWithdrawalAndPartner() {
        LocalDate d2018 = LocalDate.of(2018, 1, 1);
        Consent c = Consent.none()
                .withGrant(new ConsentGrant(ConsentPurpose.STORE, null, d2018, ConsentMethod.WRITTEN))
                .withGrant(new ConsentGrant(ConsentPurpose.ANALYSE, null, d2018, ConsentMethod.WRITTEN))
                .withGrant(new ConsentGrant(ConsentPurpose.SHARE, "NGO-B", d2018, ConsentMethod.ORAL_RECORDED))
                .withWithdrawal(new ConsentWithdrawal(ConsentPurpose.ANALYSE, null, LocalDate.of(2020, 6, 1)));
        assertThat(c.allows(ConsentPurpose.STORE, LocalDate.of(2017, 12, 31))).isFalse();
        assertThat(c.allows(ConsentPurpose.STORE, LocalDate.of(2021, 1, 1))).isTrue();
        assertThat(c.allows(ConsentPurpose.ANALYSE, LocalDate.of(2019, 1, 1))).isTrue();
        assertThat(c.allows(ConsentPurpose.ANALYSE, LocalDate.of(2020, 6, 1))).isFalse();
        assertThat(c.allows(ConsentPurpose.SHARE, "NGO-B", LocalDate.of(2019, 1, 1)))
                .isTrue();
        assertThat(c.allows(ConsentPurpose.SHARE, "NGO-C", LocalDate.of(2019, 1, 1)))
                .isFalse();
        assertThat(c.allows(ConsentPurpose.PUBLISH_ANONYMISED, LocalDate.of(2019, 1, 1)))
                .isFalse();
        assertThat(Consent.none().allows(ConsentPurpose.STORE, d2018)).isFalse();
    }

    @Test
    void person_rules_groupSizeAndNationality() {
        assertThatThrownBy(() -> Person.builder("p1").groupSize(0).build()).hasMessageContaining("groupSize");
        assertThatThrownBy(() -> Person.builder("p1").nationality("North Korea").build())
                .hasMessageContaining("ISO 3166-1 alpha-2");
    }
}
