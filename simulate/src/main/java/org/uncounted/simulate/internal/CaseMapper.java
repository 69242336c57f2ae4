package org.uncounted.simulate.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.uncounted.model.Case;
import org.uncounted.model.Consent;
import org.uncounted.model.ConsentGrant;
import org.uncounted.model.ConsentWithdrawal;
import org.uncounted.model.Involvement;
import org.uncounted.model.NameVariant;
import org.uncounted.model.Person;
import org.uncounted.model.SensitiveText;
import org.uncounted.model.event.Arrest;
import org.uncounted.model.event.Arrival;
import org.uncounted.model.event.BorderCrossing;
import org.uncounted.model.event.Escape;
import org.uncounted.model.event.Event;
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
import org.uncounted.model.time.Age;
import org.uncounted.model.time.AgeReckoning;
import org.uncounted.model.time.ImpreciseDate;
import org.uncounted.model.time.YearRange;
import org.uncounted.model.vocab.ArrestAgency;
import org.uncounted.model.vocab.ArrestMethod;
import org.uncounted.model.vocab.ConsentMethod;
import org.uncounted.model.vocab.ConsentPurpose;
import org.uncounted.model.vocab.CurrentStatus;
import org.uncounted.model.vocab.DetentionFacility;
import org.uncounted.model.vocab.EscapeFrom;
import org.uncounted.model.vocab.EscapeOutcome;
import org.uncounted.model.vocab.Ethnicity;
import org.uncounted.model.vocab.FeePayer;
import org.uncounted.model.vocab.PromisedWork;
import org.uncounted.model.vocab.RecruitmentMethod;
import org.uncounted.model.vocab.Reliability;
import org.uncounted.model.vocab.River;
import org.uncounted.model.vocab.SaleType;
import org.uncounted.model.vocab.Script;
import org.uncounted.model.vocab.Sex;

/**
 * Maps an {@link ObservedRecord} onto a model {@link Case} of the organisation's source: the victim
 * (names as written, stated age and birth year, origin), and the events the organisation learned
 * of, with the record's noisy dates, places and prices. The true person id is never written.
 */
final class CaseMapper {
    private static final String VICTIM = "victim";

    private CaseMapper() {}

    static Case map(String recordId, ObservedRecord r, OrgSpec o, Reliability reliability) {
        ImpreciseDate recorded = date(r.recordDate());
        Case.Builder b =
                Case.builder(recordId, o.id, recordId).recordedOn(recorded).language("ko");
        b.person(person(r, recorded));
        b.consent(consent(recordId, recorded));
        int sales = 0;
        int n = 0;
        for (ObservedEvent e : r.events()) {
            String id = "e" + (++n);
            EventCore core = EventCore.of(id, o.id, reliability)
                    .withDate(date(e.date()))
                    .withPlace(ModelPlaces.ref(e.place()))
                    .withInvolvements(List.of(Involvement.victim(VICTIM)));
            Event ev = switch (e.type()) {
                case RECRUITMENT -> new Recruitment(core, method(e.detail()), promised(e.detail()));
                case CROSSING ->
                    new BorderCrossing(
                            core, river(e.detail()), departure(e.detail()), money(e.price()), payer(e.detail()), null);
                case SALE -> {
                    sales++;
                    int index = o.kind.equals("general") ? 0 : sales;
                    yield sales == 1
                            ? new Sale(core, money(e.price()), index, saleType(e.detail()), null, null)
                            : new Resale(core, money(e.price()), index, saleType(e.detail()), null, null);
                }
                case EXPLOITATION ->
                    new ExploitationSpell(core, type(e.exploitation()), null, date(e.end()), null, null, null);
                case ESCAPE -> new Escape(core, escapeFrom(e.detail()), EscapeOutcome.UNKNOWN);
                case ARREST -> new Arrest(core, ArrestAgency.CN_PSB, arrestMethod(e.detail()), null);
                case REPATRIATION -> new Repatriation(core, DetentionFacility.UNKNOWN, null);
                case ONWARD_DEPARTURE -> new OnwardTransit(core, route(e.detail()), money(e.price()), null);
                case ARRIVAL_ROK -> new Arrival(core, via(e.detail()));
                default -> null; // births, releases, returns and deaths have no event type in the model
            };
            if (ev != null) b.event(ev);
        }
        return b.build();
    }

    /**
     * Consent as documenting organisations record it: most survivors agree to storage, statistical
     * analysis and anonymised publication; about 3 % agree to storage only, and about 2 % later
     * withdraw consent to analysis (a year after the record). Drawn from a hash of the record id,
     * not from the simulation's random stream, so adding consent changed no other output.
     */
    static Consent consent(String recordId, ImpreciseDate recorded) {
        java.time.LocalDate on = recorded == null ? java.time.LocalDate.of(2000, 1, 1) : recorded.earliest();
        int bucket = Math.floorMod(recordId.hashCode() * 0x9E3779B1, 100);
        Consent c =
                Consent.none().withGrant(new ConsentGrant(ConsentPurpose.STORE, null, on, ConsentMethod.ORAL_RECORDED));
        if (bucket < 3) return c;
        c = c.withGrant(new ConsentGrant(ConsentPurpose.ANALYSE, null, on, ConsentMethod.ORAL_RECORDED))
                .withGrant(new ConsentGrant(ConsentPurpose.PUBLISH_ANONYMISED, null, on, ConsentMethod.ORAL_RECORDED));
        if (bucket < 5) c = c.withWithdrawal(new ConsentWithdrawal(ConsentPurpose.ANALYSE, null, on.plusYears(1)));
        return c;
    }

    private static Person person(ObservedRecord r, ImpreciseDate recorded) {
        RecordedName n = r.name();
        Person.Builder p = Person.builder(VICTIM)
                .sex(Sex.FEMALE)
                .nationality("KP")
                .ethnicity(Ethnicity.KOREAN)
                .possiblyInChina(r.possiblyInChina())
                .currentStatus(r.possiblyInChina() ? CurrentStatus.IN_CHINA : CurrentStatus.IN_ROK);
        switch (n.form()) {
            case "pseudonym" -> p.pseudonym(n.full());
            case "alias-hanzi", "alias-pinyin" -> p.alias(SensitiveText.of(n.full()));
            default -> p.name(new NameVariant(script(n.form()), SensitiveText.of(n.full())));
        }
        if (r.birthYear() != null && r.birthYear() >= 1880) p.birthYears(YearRange.of(r.birthYear()));
        if (r.age() != null && r.age() <= Age.MAX_YEARS) {
            p.statedAge(Age.exact(r.age(), AgeReckoning.UNKNOWN, recorded));
        }
        if (r.origin() != null) p.originPlaceId(ModelPlaces.id(r.origin().code()));
        if (r.events().stream().anyMatch(e -> e.type() == EventType.REPATRIATION)) {
            p.currentStatus(r.possiblyInChina() ? CurrentStatus.REPATRIATED : CurrentStatus.IN_ROK);
        }
        return p.build();
    }

    static ImpreciseDate date(ObservedDate d) {
        if (d == null) return null;
        if (d.approximate())
            return ImpreciseDate.between(LocalDate.of(d.year() - 1, 1, 1), LocalDate.of(d.year() + 1, 12, 31));
        if (d.month() == 0) return ImpreciseDate.ofYear(d.year());
        if (d.day() == 0) return ImpreciseDate.ofMonth(d.year(), d.month());
        return ImpreciseDate.ofDay(LocalDate.of(d.year(), d.month(), d.day()));
    }

    private static Money money(ObservedPrice p) {
        if (p == null) return null;
        return Money.of(BigDecimal.valueOf(p.amount()), Currency.fromCode(p.currency()), p.year());
    }

    private static Script script(String form) {
        return switch (form) {
            case "hangul" -> Script.HANGUL;
            case "hanja" -> Script.HANJA;
            case "rr" -> Script.LATIN_RR;
            case "mr", "mr-plain" -> Script.LATIN_MR;
            case "pinyin" -> Script.LATIN_PINYIN;
            default -> Script.LATIN_OTHER;
        };
    }

    private static String field(String detail, String key) {
        for (String part : detail.split(";")) if (part.startsWith(key + "=")) return part.substring(key.length() + 1);
        return "";
    }

    private static RecruitmentMethod method(String d) {
        return switch (field(d, "method")) {
            case "job-offer" -> RecruitmentMethod.JOB_OFFER;
            case "posing-as-benefactor" -> RecruitmentMethod.POSING_AS_BENEFACTOR;
            case "marriage-proposition" -> RecruitmentMethod.MARRIAGE_PROPOSITION;
            case "abduction" -> RecruitmentMethod.ABDUCTION;
            case "familial" -> RecruitmentMethod.FAMILIAL;
            case "smuggler-sells" -> RecruitmentMethod.SMUGGLING_RANSOM;
            default -> RecruitmentMethod.OTHER;
        };
    }

    private static PromisedWork promised(String d) {
        return switch (field(d, "promised")) {
            case "restaurant" -> PromisedWork.RESTAURANT;
            case "factory" -> PromisedWork.FACTORY;
            case "domestic" -> PromisedWork.DOMESTIC;
            case "" -> PromisedWork.UNKNOWN;
            default -> PromisedWork.OTHER;
        };
    }

    private static River river(String d) {
        return switch (field(d, "river")) {
            case "Tumen" -> River.TUMEN;
            case "Yalu" -> River.YALU;
            default -> River.UNKNOWN;
        };
    }

    private static PlaceRef departure(String d) {
        String from = field(d, "from");
        return from.isEmpty() ? null : ModelPlaces.ref(new ObservedPlace(from, from, "code"));
    }

    private static FeePayer payer(String d) {
        return switch (field(d, "payer")) {
            case "self" -> FeePayer.SELF;
            case "family" -> FeePayer.FAMILY;
            case "broker-on-credit" -> FeePayer.BROKER_ON_CREDIT;
            default -> FeePayer.UNKNOWN;
        };
    }

    private static SaleType saleType(String d) {
        return switch (field(d, "buyer")) {
            case "broker" -> SaleType.TO_BROKER;
            case "husband" -> SaleType.TO_HUSBAND;
            case "brothel-owner" -> SaleType.TO_BROTHEL;
            case "cybersex-operator" -> SaleType.TO_CYBERSEX_OPERATOR;
            default -> SaleType.OTHER;
        };
    }

    private static org.uncounted.model.vocab.ExploitationType type(String recorded) {
        return switch (recorded) {
            case "marriage" -> org.uncounted.model.vocab.ExploitationType.FORCED_MARRIAGE;
            case "prostitution" -> org.uncounted.model.vocab.ExploitationType.PROSTITUTION;
            case "cybersex" -> org.uncounted.model.vocab.ExploitationType.CYBERSEX;
            case "labour" -> org.uncounted.model.vocab.ExploitationType.FORCED_LABOUR;
            default -> org.uncounted.model.vocab.ExploitationType.OTHER; // "cohabitation": not recorded as trafficking
        };
    }

    private static EscapeFrom escapeFrom(String d) {
        return switch (field(d, "from")) {
            case "husband" -> EscapeFrom.BUYER;
            case "brothel-owner" -> EscapeFrom.BROTHEL;
            case "cybersex-operator" -> EscapeFrom.DEN;
            default -> EscapeFrom.OTHER;
        };
    }

    private static ArrestMethod arrestMethod(String d) {
        return switch (field(d, "method")) {
            case "raid" -> ArrestMethod.RAID;
            case "checkpoint" -> ArrestMethod.CHECKPOINT;
            case "denunciation" -> ArrestMethod.DENUNCIATION;
            case "informant" -> ArrestMethod.INFORMANT_REWARD;
            default -> ArrestMethod.UNKNOWN;
        };
    }

    private static List<String> route(String d) {
        String r = field(d, "route");
        List<String> out = new ArrayList<>();
        if (r.length() == 2) out.add(r);
        return out;
    }

    private static String via(String d) {
        String v = field(d, "via");
        return v.length() == 2 ? v : null;
    }
}
