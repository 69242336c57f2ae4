package org.uncounted.app.web.cases;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.uncounted.app.web.http.WebInputException;
import org.uncounted.model.Case;
import org.uncounted.model.Consent;
import org.uncounted.model.ConsentGrant;
import org.uncounted.model.InvalidCaseException;
import org.uncounted.model.Involvement;
import org.uncounted.model.NameVariant;
import org.uncounted.model.Person;
import org.uncounted.model.SensitiveText;
import org.uncounted.model.event.BorderCrossing;
import org.uncounted.model.event.Escape;
import org.uncounted.model.event.Event;
import org.uncounted.model.event.EventCore;
import org.uncounted.model.event.ExploitationSpell;
import org.uncounted.model.event.PlaceRef;
import org.uncounted.model.event.Sale;
import org.uncounted.model.money.Currency;
import org.uncounted.model.money.Money;
import org.uncounted.model.place.Gazetteer;
import org.uncounted.model.time.ImpreciseDate;
import org.uncounted.model.time.YearRange;
import org.uncounted.model.vocab.ConsentMethod;
import org.uncounted.model.vocab.ConsentPurpose;
import org.uncounted.model.vocab.EscapeOutcome;
import org.uncounted.model.vocab.ExploitationType;
import org.uncounted.model.vocab.Reliability;
import org.uncounted.model.vocab.SaleType;
import org.uncounted.model.vocab.Script;

/**
 * A testimony recorded in the browser as the domain model's {@link Case}, so the store keeps it like any
 * imported record (sealed document, coded projection). The case id is the testimony id and the
 * source-record id is {@code web-<id>}, so saving again updates the same record (revision + 1) and a
 * reload knows the case came from the web form ({@link #isFromWeb}). The victim is person {@code p1};
 * she is taken to be possibly still in China unless an exit is recorded (the cautious reading: places
 * are then shown no finer than the prefecture). Consent to share names no partner on the form, so it is
 * kept with partner {@value #UNNAMED_PARTNER}.
 */
public final class TestimonyCases {
    /** Prefix of the source-record ids of cases recorded in the browser. */
    public static final String WEB_RECORD_PREFIX = "web-";

    static final String UNNAMED_PARTNER = "unnamed-partner";
    private static final String VICTIM = "p1";

    private TestimonyCases() {}

    /** True if the case was recorded through the web form (its source-record id says so). */
    public static boolean isFromWeb(Case c) {
        return c.sourceRecordId().startsWith(WEB_RECORD_PREFIX);
    }

    /**
     * The case of a recorded testimony filed under {@code sourceId}.
     *
     * @throws WebInputException naming the form field when the model refuses a value (never echoing it)
     */
    public static Case toCase(Testimony t, String sourceId, Gazetteer gazetteer) {
        try {
            return build(t, sourceId, gazetteer);
        } catch (InvalidCaseException e) {
            throw WebInputException.invalid(formField(e.field()), e.rule());
        }
    }

    private static Case build(Testimony t, String sourceId, Gazetteer gazetteer) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Case.Builder b = Case.builder(t.id(), sourceId, WEB_RECORD_PREFIX + t.id());
        b.person(victim(t));
        List<Event> events = new ArrayList<>();
        Involvement victim = Involvement.victim(VICTIM);
        if (t.crossing() != null && (t.crossing().year() != null || t.crossing().place() != null)) {
            ImpreciseDate d = t.crossing().year() == null
                    ? null
                    : t.crossing().month() == null
                            ? ImpreciseDate.ofYear(t.crossing().year())
                            : ImpreciseDate.ofMonth(
                                    t.crossing().year(), t.crossing().month());
            events.add(new BorderCrossing(
                    core("e" + (events.size() + 1), sourceId, d, t.crossing().place(), victim, gazetteer),
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        Integer fallbackYear = t.firstYear() == null ? today.getYear() : t.firstYear();
        for (int i = 0; i < t.sales().size(); i++) {
            Testimony.Sale s = t.sales().get(i);
            Money price = s.amount() == null
                    ? null
                    : Money.of(s.amount(), Currency.fromCode(s.currency()), s.year() == null ? fallbackYear : s.year());
            events.add(new Sale(
                    core("e" + (events.size() + 1), sourceId, year(s.year()), s.place(), victim, gazetteer),
                    price,
                    i + 1,
                    s.saleType() == null ? null : SaleType.fromCode(s.saleType()),
                    null,
                    null));
        }
        for (Testimony.Spell s : t.spells()) {
            events.add(new ExploitationSpell(
                    core("e" + (events.size() + 1), sourceId, year(s.startYear()), s.place(), victim, gazetteer),
                    s.exploitationType() == null
                            ? ExploitationType.OTHER
                            : ExploitationType.fromCode(s.exploitationType()),
                    null,
                    year(s.endYear()),
                    null,
                    null,
                    null));
        }
        Testimony.Exit x = t.exit();
        if (x != null && (x.outcome() != null || x.year() != null || x.place() != null)) {
            events.add(new Escape(
                    core("e" + (events.size() + 1), sourceId, year(x.year()), x.place(), victim, gazetteer),
                    null,
                    x.outcome() == null ? null : EscapeOutcome.fromCode(x.outcome())));
        }
        events.forEach(b::event);
        List<ConsentGrant> grants = new ArrayList<>();
        for (String p : t.consent().purposes().stream().sorted().toList()) {
            ConsentPurpose purpose = ConsentPurpose.fromCode(p);
            grants.add(new ConsentGrant(
                    purpose,
                    purpose == ConsentPurpose.SHARE ? UNNAMED_PARTNER : null,
                    today,
                    ConsentMethod.ORAL_WITNESSED));
        }
        b.consent(new Consent(grants, List.of()));
        b.narrative(t.narrative());
        b.language(t.narrativeLanguage());
        b.recordedOn(ImpreciseDate.ofDay(today));
        return b.build();
    }

    private static Person victim(Testimony t) {
        Person.Builder p = Person.builder(VICTIM);
        List<NameVariant> names = new ArrayList<>();
        for (SensitiveText n :
                new SensitiveText[] {t.person().name(), t.person().nameOther()}) {
            if (n != null && !n.isEmpty()) names.add(new NameVariant(script(n), n));
        }
        p.names(names);
        if (t.person().birthYear() != null) p.birthYears(YearRange.of(t.person().birthYear()));
        if (t.person().originPlace() != null) p.originPlaceId(t.person().originPlace());
        Testimony.Exit x = t.exit();
        p.possiblyInChina(x == null || x.outcome() == null);
        return p.build();
    }

    private static EventCore core(
            String id, String sourceId, ImpreciseDate date, String placeId, Involvement victim, Gazetteer gazetteer) {
        EventCore c =
                EventCore.of(id, sourceId, Reliability.UNKNOWN).withDate(date).withInvolvements(List.of(victim));
        if (placeId != null) {
            c = c.withPlace(new PlaceRef(placeId, gazetteer.require(placeId).level()));
        }
        return c;
    }

    private static ImpreciseDate year(Integer y) {
        return y == null ? null : ImpreciseDate.ofYear(y);
    }

    /** The script of a name, from its letters (Hangul, Han, else Latin). */
    static Script script(SensitiveText name) {
        boolean[] seen = new boolean[2];
        name.reveal(CaseService.webAccess()).codePoints().forEach(cp -> {
            Character.UnicodeScript u = Character.UnicodeScript.of(cp);
            if (u == Character.UnicodeScript.HANGUL) seen[0] = true;
            if (u == Character.UnicodeScript.HAN) seen[1] = true;
        });
        return seen[0] ? Script.HANGUL : seen[1] ? Script.HANZI : Script.LATIN_OTHER;
    }

    /** The intake form's field for a model field (best effort: the model names its own fields). */
    private static String formField(String modelField) {
        if (modelField == null) return "case";
        if (modelField.contains("price") || modelField.contains("amount")) return "sale_amount";
        if (modelField.equals("end")) return "spell_end";
        return modelField;
    }
}
