package org.uncounted.app.web.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.uncounted.model.Case;
import org.uncounted.model.ConsentGrant;
import org.uncounted.model.NameVariant;
import org.uncounted.model.Person;
import org.uncounted.model.SensitiveText;
import org.uncounted.model.event.BorderCrossing;
import org.uncounted.model.event.Escape;
import org.uncounted.model.event.Event;
import org.uncounted.model.event.ExploitationSpell;
import org.uncounted.model.event.Sale;
import org.uncounted.model.time.ImpreciseDate;
import org.uncounted.model.vocab.InvolvementRole;
import org.uncounted.model.vocab.Script;

/**
 * Shows a domain-model {@link Case} (from the store, an import or the demo) as the web layer's
 * {@link Testimony}: the victim's names (Hangul first), birth year, origin, and the crossing, sales,
 * exploitation spells and escape of the case's events. Years are kept when the event's date lies within
 * one year; a vaguer date shows as unknown.
 */
public final class ModelCases {
    /** {@link Testimony#recordedBy()} of a case imported from a file (not editable in the form). */
    public static final String IMPORTED = "import";

    /**
     * {@link Testimony#recordedBy()} of a case recorded in the browser and read back from the store: the
     * store keeps who created it and checks edits against that; the in-memory copy does not know it.
     */
    public static final String RECORDED_IN_WEB = "web";

    private ModelCases() {}

    public static Testimony toTestimony(Case c) {
        return toTestimony(c, null);
    }

    /**
     * As {@link #toTestimony(Case)}; a case recorded in the browser keeps {@code createdBy} (the store's
     * record of who first wrote it) as its recorder, so edit rights survive a restart.
     */
    public static Testimony toTestimony(Case c, String createdBy) {
        Person victim = victim(c);
        SensitiveText name = null;
        SensitiveText other = null;
        if (victim != null) {
            for (NameVariant n : victim.names()) {
                if (name == null && n.script() == Script.HANGUL) {
                    name = n.text();
                }
            }
            for (NameVariant n : victim.names()) {
                if (name == null) {
                    name = n.text();
                } else if (other == null && !n.text().equals(name)) {
                    other = n.text();
                }
            }
        }
        Integer birth = victim == null
                        || victim.birthYears() == null
                        || victim.birthYears().width() > 1
                ? null
                : victim.birthYears().first();
        var person = new Testimony.Person(name, other, birth, victim == null ? null : victim.originPlaceId());
        Testimony.Crossing crossing = null;
        List<Testimony.Sale> sales = new ArrayList<>();
        List<Testimony.Spell> spells = new ArrayList<>();
        Testimony.Exit exit = null;
        for (Event e : c.events()) {
            Integer year = year(e.core().date());
            String place = e.core().place() == null ? null : e.core().place().placeId();
            if (e instanceof BorderCrossing && crossing == null) {
                var d = e.core().date();
                Integer month = d != null
                                && d.earliest() != null
                                && d.latest() != null
                                && d.earliest().getYear() == d.latest().getYear()
                                && d.earliest().getMonth() == d.latest().getMonth()
                        ? d.earliest().getMonthValue()
                        : null;
                crossing = new Testimony.Crossing(year, month, place);
            } else if (e instanceof Sale s) {
                sales.add(new Testimony.Sale(
                        year,
                        place,
                        s.saleType().code(),
                        s.price() == null ? null : s.price().amount(),
                        s.price() == null ? null : s.price().currency().code()));
            } else if (e instanceof ExploitationSpell x) {
                spells.add(new Testimony.Spell(x.exploitationType().code(), place, year, year(x.end())));
            } else if (e instanceof Escape x && exit == null) {
                exit = new Testimony.Exit(x.outcome().code(), year, place);
            }
        }
        Set<String> purposes = c.consent().grants().stream()
                .map(ConsentGrant::purpose)
                .map(p -> p.code())
                .collect(Collectors.toSet());
        String lang = c.language() == null ? null : c.language().toLowerCase(Locale.ROOT);
        if (lang != null && !Set.of("ko", "zh", "en").contains(lang)) {
            lang = c.narrative().isEmpty() ? null : "en";
        }
        return new Testimony(
                c.caseId(),
                Testimony.Status.RECORDED,
                c.sourceId(),
                new Testimony.Consent(!purposes.isEmpty(), purposes, "recorded"),
                person,
                crossing,
                sales,
                spells,
                exit,
                c.narrative(),
                lang,
                TestimonyCases.isFromWeb(c) ? (createdBy != null ? createdBy : RECORDED_IN_WEB) : IMPORTED,
                Instant.EPOCH);
    }

    private static Person victim(Case c) {
        for (Event e : c.events()) {
            for (var inv : e.core().involvements()) {
                if (inv.role() == InvolvementRole.VICTIM) {
                    for (Person p : c.persons()) {
                        if (p.id().equals(inv.personId())) {
                            return p;
                        }
                    }
                }
            }
        }
        return c.persons().isEmpty() ? null : c.persons().get(0);
    }

    private static Integer year(ImpreciseDate d) {
        if (d == null || d.earliest() == null || d.latest() == null) {
            return null;
        }
        return d.earliest().getYear() == d.latest().getYear() ? d.earliest().getYear() : null;
    }
}
