package org.uncounted.store.internal;

import java.util.ArrayList;
import java.util.List;
import org.uncounted.model.Case;
import org.uncounted.model.ConsentGrant;
import org.uncounted.model.ConsentWithdrawal;
import org.uncounted.model.Involvement;
import org.uncounted.model.NameVariant;
import org.uncounted.model.Person;
import org.uncounted.model.event.BorderCrossing;
import org.uncounted.model.event.Event;
import org.uncounted.model.event.ExploitationSpell;
import org.uncounted.model.event.OnwardTransit;
import org.uncounted.model.event.PlaceRef;
import org.uncounted.model.event.Resale;
import org.uncounted.model.event.Sale;
import org.uncounted.model.money.Money;
import org.uncounted.model.place.Gazetteer;
import org.uncounted.model.place.Place;
import org.uncounted.model.place.PlaceLevel;
import org.uncounted.model.time.Age;
import org.uncounted.model.time.YearRange;
import org.uncounted.model.vocab.EventType;
import org.uncounted.model.vocab.ExploitationType;
import org.uncounted.model.vocab.InvolvementRole;
import org.uncounted.model.vocab.SaleType;

/**
 * Projects a case onto the coded columns analysts may query in clear: vocabulary codes, years,
 * places coarsened to province level, prices. Nothing identifying (names, narrative, exact dates,
 * places finer than a province) leaves the sealed document through here.
 */
public final class CaseProjection {
    private final Gazetteer gazetteer;

    public CaseProjection(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The row to write for {@code c}, with its compressed canonical document and content MAC. */
    public CaseRow project(Case c, byte[] document, String contentMac) {
        Person victim = victimOf(c);
        return CaseRow.of(
                c.sourceRecordId(),
                document,
                contentMac,
                victim(c, victim),
                events(c),
                consents(c),
                blindValues(victim));
    }

    /** The person involved as victim in the first event that names one, else the first person. */
    static Person victimOf(Case c) {
        for (Event e : c.events()) {
            for (Involvement i : e.involvements()) {
                if (i.role() == InvolvementRole.VICTIM) return c.person(i.personId());
            }
        }
        return c.persons().isEmpty() ? null : c.persons().get(0);
    }

    private CaseRow.Victim victim(Case c, Person p) {
        if (p == null) return new CaseRow.Victim(null, null, null, null, null, null, null);
        Integer birth = birthYear(p);
        Integer crossingYear = firstYear(c, EventType.BORDER_CROSSING);
        if (crossingYear == null) crossingYear = firstYear(c, null);
        Integer age = birth != null && crossingYear != null ? crossingYear - birth : null;
        if (age != null && (age < 0 || age > Age.MAX_YEARS)) age = null;
        return new CaseRow.Victim(
                p.sex().code(),
                birth,
                age,
                province(p.originPlaceId()),
                p.currentStatus().code(),
                p.possiblyInChina(),
                null);
    }

    /** Middle of the stated birth years, else of the years implied by the stated age; null if neither. */
    static Integer birthYear(Person p) {
        YearRange r = p.birthYears();
        if (r == null && p.statedAge() != null) r = p.statedAge().birthYears().orElse(null);
        return r == null ? null : (r.first() + r.last()) / 2;
    }

    private static Integer firstYear(Case c, EventType type) {
        Integer best = null;
        for (Event e : c.events()) {
            if ((type == null || e.type() == type) && e.date() != null) {
                int y = e.date().years().first();
                if (best == null || y < best) best = y;
            }
        }
        return best;
    }

    private String province(String placeId) {
        if (placeId == null) return null;
        return gazetteer
                .byId(placeId)
                .filter(p -> p.level() != PlaceLevel.COUNTRY)
                .map(p -> gazetteer.coarsen(p, PlaceLevel.PROVINCE).id())
                .orElse(null);
    }

    private List<CaseRow.Event> events(Case c) {
        List<CaseRow.Event> out = new ArrayList<>(c.events().size());
        for (Event e : c.events()) {
            YearRange years = e.date() == null ? null : e.date().years();
            PlaceRef at = e.place();
            Place place = at == null ? null : gazetteer.byId(at.placeId()).orElse(null);
            Money price = price(e);
            out.add(new CaseRow.Event(
                    e.type().code(),
                    e.sourceId(),
                    e.reliability().code(),
                    years == null ? null : years.first(),
                    years == null ? null : years.last(),
                    e.date() == null ? null : e.date().precision().name().toLowerCase(java.util.Locale.ROOT),
                    place == null ? null : place.countryCode(),
                    place == null ? null : province(place.id()),
                    exploitationType(e),
                    price == null ? null : price.amount(),
                    price == null ? null : price.currency().code(),
                    price == null ? null : price.year()));
        }
        return out;
    }

    private static Money price(Event e) {
        if (e instanceof Sale s) return s.price();
        if (e instanceof Resale r) return r.price();
        if (e instanceof BorderCrossing b) return b.fee();
        if (e instanceof OnwardTransit t) return t.fee();
        if (e instanceof ExploitationSpell x) return x.revenueObserved();
        return null;
    }

    /** The spell's type; for a sale, the exploitation its buyer type implies (to a husband: forced marriage). */
    static String exploitationType(Event e) {
        if (e instanceof ExploitationSpell x) return x.exploitationType().code();
        SaleType t = e instanceof Sale s ? s.saleType() : e instanceof Resale r ? r.saleType() : null;
        if (t == null) return null;
        switch (t) {
            case TO_HUSBAND:
                return ExploitationType.FORCED_MARRIAGE.code();
            case TO_BROTHEL:
                return ExploitationType.PROSTITUTION.code();
            case TO_CYBERSEX_OPERATOR:
                return ExploitationType.CYBERSEX.code();
            default:
                return null;
        }
    }

    private static List<CaseRow.ConsentRow> consents(Case c) {
        List<CaseRow.ConsentRow> out = new ArrayList<>();
        for (ConsentGrant g : c.consent().grants()) {
            String withdrawn = null;
            for (ConsentWithdrawal w : c.consent().withdrawals()) {
                boolean covers = (w.purpose() == null || w.purpose() == g.purpose())
                        && (w.partner() == null || w.partner().equals(g.partner()));
                if (covers && !w.date().isBefore(g.date())) {
                    String d = w.date().toString();
                    if (withdrawn == null || d.compareTo(withdrawn) < 0) withdrawn = d;
                }
            }
            out.add(new CaseRow.ConsentRow(
                    g.purpose().code(), g.partner(), g.date().toString(), withdrawn));
            if (out.size() == CaseRow.MAX_SMALL_ROWS) break;
        }
        return out;
    }

    /** The victim's names (one index domain per script), aliases and exact date of birth. */
    private static List<CaseRow.BlindValue> blindValues(Person p) {
        List<CaseRow.BlindValue> out = new ArrayList<>();
        if (p == null) return out;
        for (NameVariant n : p.names()) {
            if (!n.text().isEmpty())
                out.add(new CaseRow.BlindValue("name." + n.script().code(), n.text()));
        }
        p.aliases().stream().filter(a -> !a.isEmpty()).forEach(a -> out.add(new CaseRow.BlindValue("alias", a)));
        if (!p.dateOfBirth().isEmpty()) out.add(new CaseRow.BlindValue("date_of_birth", p.dateOfBirth()));
        return out.size() > CaseRow.MAX_SMALL_ROWS ? out.subList(0, CaseRow.MAX_SMALL_ROWS) : out;
    }
}
