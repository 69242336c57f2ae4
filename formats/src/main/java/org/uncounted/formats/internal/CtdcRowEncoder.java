package org.uncounted.formats.internal;

import static org.uncounted.formats.internal.CtdcColumns.MISSING;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uncounted.model.Case;
import org.uncounted.model.Involvement;
import org.uncounted.model.Person;
import org.uncounted.model.Source;
import org.uncounted.model.event.Event;
import org.uncounted.model.event.ExploitationSpell;
import org.uncounted.model.event.Recruitment;
import org.uncounted.model.place.Gazetteer;
import org.uncounted.model.time.Age;
import org.uncounted.model.time.ImpreciseDate;
import org.uncounted.model.time.YearRange;
import org.uncounted.model.vocab.ExploitationType;
import org.uncounted.model.vocab.InvolvementRole;
import org.uncounted.model.vocab.MeansOfControl;
import org.uncounted.model.vocab.RecruiterRelation;
import org.uncounted.model.vocab.RecruitmentMethod;
import org.uncounted.model.vocab.Sex;
import org.uncounted.model.vocab.SourceType;
import org.uncounted.model.vocab.VenueType;

/** Turns a case into CTDC rows, one per victim, with only coded values (docs/formats.md, CTDC). */
public final class CtdcRowEncoder {
    private final Gazetteer gazetteer;

    public CtdcRowEncoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Map<String, String>> rows(Case c, Source source) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Person victim : victims(c)) {
            rows.add(row(c, source, victim));
        }
        return rows;
    }

    static List<Person> victims(Case c) {
        Set<String> ids = new LinkedHashSet<>();
        for (Event e : c.events()) {
            ids.addAll(e.core().victimIds());
        }
        if (ids.isEmpty() && !c.persons().isEmpty()) {
            return List.of(c.persons().get(0));
        }
        return ids.stream().map(c::person).toList();
    }

    private Map<String, String> row(Case c, Source source, Person v) {
        Map<String, String> r = new HashMap<>();
        CtdcColumns.ALL.forEach(col -> r.put(col, MISSING));
        ImpreciseDate registered = c.recordedOn() != null ? c.recordedOn() : source.interviewDate();
        if (registered != null) {
            r.put("yearOfRegistration", Integer.toString(registered.earliest().getYear()));
        }
        r.put("Datasource", source.type() == SourceType.HOTLINE ? "Hotline" : "Case Management");
        r.put("gender", v.sex() == Sex.FEMALE ? "Female" : v.sex() == Sex.MALE ? "Male" : MISSING);
        if (v.statedAge() != null) {
            Age a = v.statedAge().toInternational();
            r.put("ageBroad", CtdcColumns.ageBroad(a.min(), a.max()));
            r.put("majorityStatus", CtdcColumns.majority(a.min(), a.max()));
        }
        YearRange born = v.birthYears() != null
                ? v.birthYears()
                : v.statedAge() == null ? null : v.statedAge().birthYears().orElse(null);
        List<Event> own = c.events().stream()
                .filter(e -> e.core().victimIds().contains(v.id()))
                .toList();
        List<ExploitationSpell> spells = own.stream()
                .filter(ExploitationSpell.class::isInstance)
                .map(ExploitationSpell.class::cast)
                .toList();
        if (born != null) {
            spells.stream()
                    .filter(s -> s.start() != null)
                    .map(ExploitationSpell::start)
                    .sorted()
                    .findFirst()
                    .ifPresent(d -> r.put("majorityStatusAtExploit", majorityAt(born, d)));
            own.stream()
                    .filter(e -> e.date() != null)
                    .map(Event::date)
                    .sorted()
                    .findFirst()
                    .ifPresent(d -> r.put("majorityEntry", majorityAt(born, d)));
        }
        if (v.nationality() != null) {
            r.put("citizenship", v.nationality());
        }
        means(r, spells);
        exploitation(r, spells, own);
        recruiter(r, c, own);
        spells.stream()
                .filter(s -> s.place() != null)
                .findFirst()
                .ifPresent(s -> r.put(
                        "CountryOfExploitation",
                        gazetteer
                                .countryOf(gazetteer.require(s.place().placeId()))
                                .countryCode()));
        return r;
    }

    private static String majorityAt(YearRange born, ImpreciseDate when) {
        return CtdcColumns.majority(
                Math.max(0, when.earliest().getYear() - born.last() - 1),
                Math.max(0, when.latest().getYear() - born.first()));
    }

    private static void means(Map<String, String> r, List<ExploitationSpell> spells) {
        Set<MeansOfControl> all = EnumSet.noneOf(MeansOfControl.class);
        spells.forEach(s -> all.addAll(s.meansOfControl()));
        if (all.isEmpty()) {
            return;
        }
        Set<String> present = new LinkedHashSet<>();
        for (MeansOfControl m : all) {
            present.add(CtdcColumns.MEANS.getOrDefault(
                    m, m == MeansOfControl.THREAT_OF_DENUNCIATION ? "ThreatOfLawEnforcement" : "Other"));
        }
        for (String s : CtdcColumns.MEANS_SUFFIXES) {
            r.put("meansOfControl" + s, present.contains(s) ? "1" : "0");
        }
        r.put("meansOfControlConcatenated", concat(CtdcColumns.MEANS_SUFFIXES, present));
    }

    private static void exploitation(Map<String, String> r, List<ExploitationSpell> spells, List<Event> own) {
        Set<ExploitationType> types = EnumSet.noneOf(ExploitationType.class);
        spells.forEach(s -> types.add(s.exploitationType()));
        boolean abduction =
                own.stream().anyMatch(e -> e instanceof Recruitment rec && rec.method() == RecruitmentMethod.ABDUCTION);
        boolean recruitmentKnown = own.stream().anyMatch(Recruitment.class::isInstance);
        if (types.isEmpty() && !recruitmentKnown) {
            return;
        }
        boolean labour =
                types.contains(ExploitationType.FORCED_LABOUR) || types.contains(ExploitationType.DOMESTIC_SERVITUDE);
        boolean sexual = types.contains(ExploitationType.PROSTITUTION) || types.contains(ExploitationType.CYBERSEX);
        Map<String, Boolean> flags = new HashMap<>();
        flags.put("isForcedLabour", labour);
        flags.put("isSexualExploit", sexual);
        flags.put("isOtherExploit", types.contains(ExploitationType.OTHER));
        flags.put("isSexAndLabour", labour && sexual);
        flags.put("isForcedMarriage", types.contains(ExploitationType.FORCED_MARRIAGE));
        flags.put("isForcedMilitary", false);
        flags.put("isOrganRemoval", false);
        flags.put("isSlaveryAndPractices", false);
        flags.put("isAbduction", abduction);
        Set<String> on = new LinkedHashSet<>();
        for (String f : CtdcColumns.EXPLOIT_FLAGS) {
            r.put(f, flags.get(f) ? "1" : "0");
            if (flags.get(f)) {
                on.add(f);
            }
        }
        r.put("typeOfExploitConcatenated", on.isEmpty() ? MISSING : String.join(";", on));
        if (labour) {
            Set<String> sectors = new LinkedHashSet<>();
            for (ExploitationSpell s : spells) {
                if (s.exploitationType() == ExploitationType.FORCED_LABOUR
                        || s.exploitationType() == ExploitationType.DOMESTIC_SERVITUDE) {
                    sectors.add(sector(s));
                }
            }
            CtdcColumns.LABOUR_SUFFIXES.forEach(s -> r.put("typeOfLabour" + s, sectors.contains(s) ? "1" : "0"));
            r.put("typeOfLabourConcatenated", concat(CtdcColumns.LABOUR_SUFFIXES, sectors));
        }
        if (sexual) {
            Set<String> kinds = new LinkedHashSet<>();
            if (types.contains(ExploitationType.PROSTITUTION)) {
                kinds.add("Prostitution");
            }
            if (types.contains(ExploitationType.CYBERSEX)) {
                kinds.add("RemoteInteractiveServices");
            }
            CtdcColumns.SEX_SUFFIXES.forEach(s -> r.put("typeOfSex" + s, kinds.contains(s) ? "1" : "0"));
            r.put("typeOfSexConcatenated", concat(CtdcColumns.SEX_SUFFIXES, kinds));
        }
    }

    static String sector(ExploitationSpell s) {
        if (s.exploitationType() == ExploitationType.DOMESTIC_SERVITUDE || s.venueType() == VenueType.HOUSEHOLD) {
            return "DomesticWork";
        }
        return switch (s.venueType()) {
            case FARM -> "Agriculture";
            case FACTORY -> "Manufacturing";
            case RESTAURANT, HOTEL -> "Hospitality";
            default -> "NotSpecified";
        };
    }

    private static void recruiter(Map<String, String> r, Case c, List<Event> own) {
        RecruiterRelation relation = null;
        for (Event e : own) {
            if (e instanceof Recruitment) {
                for (Involvement i : e.involvements()) {
                    if (i.role() != InvolvementRole.VICTIM && i.relationToVictim() != null && relation == null) {
                        relation = i.relationToVictim();
                    }
                }
            }
        }
        if (relation == null) {
            return;
        }
        String value = switch (relation) {
            case INTIMATE_PARTNER -> "Intimate Partner";
            case FRIEND -> "Friend";
            case FAMILY -> "Family";
            case ACQUAINTANCE, NONE -> "Other";
            case UNKNOWN -> "Unknown";
        };
        r.put("RecruiterRelationship", value);
        int index = CtdcColumns.RECRUITER_VALUES.indexOf(value);
        for (int i = 0; i < CtdcColumns.RECRUITER_SUFFIXES.size(); i++) {
            r.put("recruiterRelation" + CtdcColumns.RECRUITER_SUFFIXES.get(i), i == index ? "1" : "0");
        }
    }

    private static String concat(List<String> order, Set<String> present) {
        List<String> out = order.stream().filter(present::contains).toList();
        return out.isEmpty() ? MISSING : String.join(";", out);
    }
}
