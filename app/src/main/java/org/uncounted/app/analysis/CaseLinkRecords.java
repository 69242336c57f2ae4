package org.uncounted.app.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.uncounted.app.analysis.StoredCases.SourcedCase;
import org.uncounted.linkage.LinkRecord;
import org.uncounted.model.Case;
import org.uncounted.model.NameVariant;
import org.uncounted.model.Person;
import org.uncounted.model.SensitiveText;
import org.uncounted.model.event.Arrest;
import org.uncounted.model.event.BorderCrossing;
import org.uncounted.model.event.Escape;
import org.uncounted.model.event.Event;
import org.uncounted.model.event.ExploitationSpell;
import org.uncounted.model.event.Sale;
import org.uncounted.model.vocab.InvolvementRole;

/**
 * The linkage engine's view of stored cases: one record per case (its victim), with the fields the
 * engine compares by their standard names, her trajectory's dates included. Names are revealed here, in memory, for linkage only;
 * the records never leave the process.
 */
public final class CaseLinkRecords {
    private static final SensitiveText.Access LINKAGE = SensitiveText.Access.grantedTo("record linkage");

    private CaseLinkRecords() {}

    /** One record per case whose victim can be identified, keyed by the case's store id. */
    public static List<LinkRecord> of(List<SourcedCase> cases) {
        List<LinkRecord> out = new ArrayList<>(cases.size());
        for (SourcedCase sc : cases) {
            Person victim = victim(sc.value());
            if (victim == null) continue;
            out.add(new LinkRecord(Long.toString(sc.storeId()), sc.source(), fields(sc.value(), victim)));
        }
        return out;
    }

    /** The person the case is about: the first person with a victim involvement, else the first person. */
    static Person victim(Case c) {
        for (Event e : c.events()) {
            for (var inv : e.core().involvements()) {
                if (inv.role() == InvolvementRole.VICTIM) {
                    for (Person p : c.persons()) if (p.id().equals(inv.personId())) return p;
                }
            }
        }
        return c.persons().isEmpty() ? null : c.persons().get(0);
    }

    private static Map<String, String> fields(Case c, Person p) {
        Map<String, String> f = new HashMap<>();
        if (!p.names().isEmpty()) {
            NameVariant n = p.names().get(0);
            f.put("name", n.text().reveal(LINKAGE));
        } else if (!p.aliases().isEmpty()) {
            f.put("name", p.aliases().get(0).reveal(LINKAGE));
        } else if (p.pseudonym() != null) {
            f.put("name", p.pseudonym());
        }
        if (p.birthYears() != null && p.birthYears().first() == p.birthYears().last()) {
            f.put("birth_year", Integer.toString(p.birthYears().first()));
        }
        if (p.statedAge() != null) {
            f.put("age", p.statedAge().toInternational().yearsText());
            if (p.statedAge().statedOn() != null)
                f.put("age_at", p.statedAge().statedOn().toString());
        }
        if (p.sex() != null) f.put("sex", p.sex().code());
        if (p.originPlaceId() != null) f.put("origin", p.originPlaceId());
        for (Event e : c.events()) {
            if (e.core().place() != null && e.core().place().placeId().startsWith("CN")) {
                f.put("place", e.core().place().placeId());
                break;
            }
        }
        trajectory(c, p, f);
        return f;
    }

    /**
     * Her trajectory as the case gives it, under linkage's standard column names: the earliest
     * crossing, sale, exploitation spell (type, start, end), escape and arrest among the events in
     * which she is the victim, dates in their imprecise text form (2015, 2015-03, 2015/2017 …). Records of one woman
     * describe the same path even when their names share nothing (pseudonyms, aliases).
     */
    static void trajectory(Case c, Person victim, Map<String, String> f) {
        // only her own events (a husband's arrest is not hers); of each kind the first listed,
        // unless a later-listed one is certainly earlier (a case file may list events in any
        // order, but a coarse date such as "2007" cannot be placed against "2007-03-13")
        Map<String, Event> first = new java.util.LinkedHashMap<>();
        for (Event e : c.events()) {
            if (!hers(e, victim)) continue;
            String kind = kind(e);
            if (kind == null) continue;
            Event chosen = first.get(kind);
            if (chosen == null || certainlyBefore(e, chosen)) first.put(kind, e);
        }
        put(f, "crossing_date", first.get("crossing"));
        put(f, "first_sale_date", first.get("sale"));
        put(f, "escape_date", first.get("escape"));
        put(f, "arrest_date", first.get("arrest"));
        if (first.get("spell") instanceof ExploitationSpell s) {
            f.put("exploitation_type", s.exploitationType().code());
            put(f, "exploitation_start", s);
            if (s.end() != null) f.put("exploitation_end", s.end().toString());
        }
    }

    /** Which trajectory column an event fills, or null. */
    private static String kind(Event e) {
        if (e instanceof BorderCrossing) return "crossing";
        if (e instanceof Sale) return "sale";
        if (e instanceof Escape) return "escape";
        if (e instanceof Arrest) return "arrest";
        if (e instanceof ExploitationSpell) return "spell";
        return null;
    }

    private static boolean hers(Event e, Person victim) {
        for (var inv : e.core().involvements()) {
            if (inv.role() == InvolvementRole.VICTIM && inv.personId().equals(victim.id())) return true;
        }
        return false;
    }

    /** True if {@code a}'s date ends before {@code b}'s begins (both dated). */
    private static boolean certainlyBefore(Event a, Event b) {
        var da = a.core().date();
        var db = b.core().date();
        if (da == null) return false;
        if (db == null) return true;
        return da.latest().isBefore(db.earliest());
    }

    private static void put(Map<String, String> f, String column, Event e) {
        if (e != null && e.core().date() != null) f.put(column, e.core().date().toString());
    }
}
