package org.uncounted.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.uncounted.model.Case;
import org.uncounted.model.Consent;
import org.uncounted.model.ConsentGrant;
import org.uncounted.model.ConsentWithdrawal;
import org.uncounted.model.Involvement;
import org.uncounted.model.NameVariant;
import org.uncounted.model.Person;
import org.uncounted.model.SensitiveText;
import org.uncounted.model.Source;
import org.uncounted.model.event.Arrest;
import org.uncounted.model.event.Arrival;
import org.uncounted.model.event.BorderCrossing;
import org.uncounted.model.event.Escape;
import org.uncounted.model.event.EventCore;
import org.uncounted.model.event.ExploitationSpell;
import org.uncounted.model.event.OnwardTransit;
import org.uncounted.model.event.PlaceRef;
import org.uncounted.model.event.Recruitment;
import org.uncounted.model.event.Repatriation;
import org.uncounted.model.event.Resale;
import org.uncounted.model.event.Sale;
import org.uncounted.model.money.Currency;
import org.uncounted.model.money.Money;
import org.uncounted.model.place.PlaceLevel;
import org.uncounted.model.time.Age;
import org.uncounted.model.time.AgeReckoning;
import org.uncounted.model.time.ImpreciseDate;
import org.uncounted.model.time.YearRange;
import org.uncounted.model.vocab.*;

/**
 * Synthetic test data only: invented pseudonyms and names, no real person. Every identifying field
 * of {@link #rich(int, String)} carries the given marker, so canary tests can search for it.
 */
final class Fixtures {
    static final Source SOURCE = new Source(
            "ngo-a",
            "Synthetic NGO A",
            SourceType.INTERVIEW,
            ImpreciseDate.parse("2019-05"),
            "interviewer-7",
            "ko",
            "KR",
            Reliability.HIGH);

    private Fixtures() {}

    static EventCore core(String id, String date, String place, PlaceLevel precision, Involvement... inv) {
        return new EventCore(
                id,
                date == null ? null : ImpreciseDate.parse(date),
                place == null ? null : new PlaceRef(place, precision),
                List.of(inv),
                SOURCE.id(),
                Reliability.HIGH,
                SourceConnection.DIRECT_VICTIM);
    }

    /** A case using every kind of event and every optional field. */
    static Case rich(int n) {
        return rich(n, "");
    }

    /** As {@link #rich(int)}, with {@code marker} inside every identifying field. */
    static Case rich(int n, String marker) {
        String v = "v" + n;
        Involvement victim = Involvement.victim(v);
        Person woman = Person.builder(v)
                .pseudonym("Ms Song " + n)
                .name(new NameVariant(Script.HANGUL, SensitiveText.of("가나다 " + marker + n)))
                .name(new NameVariant(Script.LATIN_MR, SensitiveText.of("Ka Nada " + marker + n)))
                .alias(SensitiveText.of("小花 \"flower\" " + marker + n))
                .dateOfBirth(SensitiveText.of("1994-02-0" + (n % 9 + 1) + marker))
                .sex(Sex.FEMALE)
                .birthYears(new YearRange(1993, 1994))
                .statedAge(Age.parse("24-25", AgeReckoning.KOREAN, ImpreciseDate.parse("2018")))
                .originPlaceId("KP-09")
                .nationality("KP")
                .ethnicity(Ethnicity.KOREAN)
                .possiblyInChina(false)
                .currentStatus(CurrentStatus.IN_ROK)
                .build();
        Person broker = Person.builder("b" + n)
                .sex(Sex.MALE)
                .nationality("CN")
                .ethnicity(Ethnicity.CHINESE_KOREAN)
                .groupSize(2)
                .build();
        Person buyer =
                Person.builder("h" + n).sex(Sex.MALE).ethnicity(Ethnicity.HAN).build();
        Involvement brokerInv = new Involvement("b" + n, InvolvementRole.BROKER_RETAIL, RecruiterRelation.NONE);
        Involvement buyerInv = Involvement.of("h" + n, InvolvementRole.BUYER_HUSBAND);
        return Case.builder("case-" + n, SOURCE.id(), "rec-" + n)
                .recordedOn(ImpreciseDate.parse("2019-05-14"))
                .language("ko")
                .narrative(SensitiveText.of(
                        "Synthetic narrative " + marker + n + ", with \"quotes\",\nnewline, 한글 and 中文."))
                .consent(Consent.none()
                        .withGrant(new ConsentGrant(
                                ConsentPurpose.STORE, null, LocalDate.of(2019, 5, 14), ConsentMethod.WRITTEN))
                        .withGrant(new ConsentGrant(
                                ConsentPurpose.SHARE, "ngo-b", LocalDate.of(2019, 5, 14), ConsentMethod.ORAL_RECORDED))
                        .withWithdrawal(new ConsentWithdrawal(ConsentPurpose.SHARE, "ngo-b", LocalDate.of(2020, 1, 2))))
                .person(woman)
                .person(broker)
                .person(buyer)
                .event(new Recruitment(
                        core(
                                "e1",
                                "2014-24",
                                "KP-09-MUSAN",
                                PlaceLevel.COUNTY_CITY,
                                victim,
                                new Involvement("b" + n, InvolvementRole.RECRUITER_NK, RecruiterRelation.FRIEND)),
                        RecruitmentMethod.JOB_OFFER,
                        PromisedWork.RESTAURANT))
                .event(new BorderCrossing(
                        core("e2", "2015-01", "CN-222406", PlaceLevel.COUNTY_CITY, victim),
                        River.TUMEN,
                        new PlaceRef("KP-09-MUSAN", PlaceLevel.COUNTY_CITY),
                        new Money(new java.math.BigDecimal("3000"), Currency.USD, 2015, "about 3,000 dollars"),
                        FeePayer.BROKER_ON_CREDIT,
                        true))
                .event(new Sale(
                        core("e3", "2015-02", "CN-222400", PlaceLevel.PREFECTURE, victim, brokerInv, buyerInv),
                        Money.of("12000.5", Currency.CNY, 2015),
                        1,
                        SaleType.TO_HUSBAND,
                        brokerInv,
                        buyerInv))
                .event(new ExploitationSpell(
                        core("e4", "2015-02", "CN-HL", PlaceLevel.PROVINCE, victim, buyerInv),
                        ExploitationType.FORCED_MARRIAGE,
                        VenueType.HOUSEHOLD,
                        ImpreciseDate.parse("2017/2018"),
                        Set.of(MeansOfControl.THREAT_OF_DENUNCIATION, MeansOfControl.RESTRICTS_MOVEMENT),
                        null,
                        1))
                .event(new Resale(
                        core("e5", "2017", null, null, victim),
                        Money.of("8000", Currency.CNY, 2017),
                        2,
                        SaleType.TO_BROTHEL,
                        null,
                        null))
                .event(new ExploitationSpell(
                        core("e6", "2017", "CN-210100", PlaceLevel.PREFECTURE, victim),
                        ExploitationType.PROSTITUTION,
                        VenueType.KARAOKE,
                        null,
                        Set.of(),
                        Money.of("30", Currency.CNY, 2017),
                        null))
                .event(new Escape(core("e7", "2018-03", null, null, victim), EscapeFrom.BROTHEL, EscapeOutcome.FREE))
                .event(new Arrest(
                        core("e8", "2018-04", "CN-JL", PlaceLevel.PROVINCE, victim),
                        ArrestAgency.CN_PSB,
                        ArrestMethod.CHECKPOINT,
                        30))
                .event(new Repatriation(
                        core("e9", "2018-05", "CN-222402", PlaceLevel.COUNTY_CITY, victim),
                        DetentionFacility.HOLDING_CENTRE,
                        true))
                .event(new OnwardTransit(
                        core("e10", "2018-10", null, null, victim),
                        List.of("CN", "LA", "TH"),
                        Money.of("2000000", Currency.KRW, 2018),
                        45))
                .event(new Arrival(
                        new EventCore(
                                "e11",
                                ImpreciseDate.parse("2018-12"),
                                new PlaceRef("KR", PlaceLevel.COUNTRY),
                                List.of(victim),
                                "media-x",
                                Reliability.MEDIUM,
                                SourceConnection.HEARSAY),
                        "TH"))
                .build();
    }

    /** A small case with only required fields. */
    static Case minimal(int n) {
        return Case.builder("m-" + n, SOURCE.id(), "mrec-" + n)
                .person(Person.builder("p").build())
                .build();
    }

    /** Writes {@code cases} (all of {@link #SOURCE}) as a JSON case file. */
    static java.nio.file.Path write(java.nio.file.Path file, List<Case> cases) {
        try (var w = org.uncounted.formats.CaseJsonWriter.open(file, SOURCE)) {
            cases.forEach(w::write);
        }
        return file;
    }

    /** {@code n} rich cases numbered from 1, each with {@code marker} in its identifying fields. */
    static List<Case> rich(int n, int from, String marker) {
        List<Case> out = new java.util.ArrayList<>();
        for (int i = from; i < from + n; i++) out.add(rich(i, marker));
        return out;
    }
}
