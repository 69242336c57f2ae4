package org.uncounted.formats.internal;

import static org.uncounted.formats.internal.CtdcColumns.MISSING;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uncounted.model.Case;
import org.uncounted.model.InvalidCaseException;
import org.uncounted.model.Involvement;
import org.uncounted.model.Person;
import org.uncounted.model.Source;
import org.uncounted.model.event.Event;
import org.uncounted.model.event.EventCore;
import org.uncounted.model.event.ExploitationSpell;
import org.uncounted.model.event.PlaceRef;
import org.uncounted.model.event.Recruitment;
import org.uncounted.model.place.Gazetteer;
import org.uncounted.model.place.Place;
import org.uncounted.model.place.PlaceLevel;
import org.uncounted.model.time.Age;
import org.uncounted.model.time.AgeReckoning;
import org.uncounted.model.time.ImpreciseDate;
import org.uncounted.model.vocab.ExploitationType;
import org.uncounted.model.vocab.InvolvementRole;
import org.uncounted.model.vocab.MeansOfControl;
import org.uncounted.model.vocab.RecruiterRelation;
import org.uncounted.model.vocab.RecruitmentMethod;
import org.uncounted.model.vocab.Sex;
import org.uncounted.model.vocab.VenueType;

/** Turns one CTDC row into a coded case (no identifying data), reporting bad cells. */
public final class CtdcRowDecoder {
    private final Gazetteer gazetteer;
    private final Errors errors;
    private final Source source;

    public CtdcRowDecoder(Gazetteer gazetteer, Errors errors, Source source) {
        this.gazetteer = gazetteer;
        this.errors = errors;
        this.source = source;
    }

    /** The case for the row at {@code line} (record {@code n}), or null if a cell was bad. */
    public Case decode(Map<String, String> row, long line, long n) {
        long before = errors.total();
        Integer year = year(row, line);
        ImpreciseDate registered = year == null ? null : ImpreciseDate.ofYear(year);
        Person.Builder v = Person.builder("v1");
        String gender = cell(row, "gender");
        switch (gender) {
            case "Female" -> v.sex(Sex.FEMALE);
            case "Male" -> v.sex(Sex.MALE);
            case MISSING, "" -> v.sex(Sex.UNKNOWN);
            default -> errors.add(line, "gender", gender, "must be Female, Male or -99");
        }
        v.statedAge(age(row, line, registered));
        String citizenship = cell(row, "citizenship");
        if (!citizenship.equals(MISSING) && !citizenship.isEmpty()) {
            if (citizenship.matches("[A-Z]{2}")) {
                v.nationality(citizenship);
            } else {
                errors.add(line, "citizenship", citizenship, "must be an ISO 3166-1 alpha-2 code or -99");
            }
        }
        PlaceRef country = country(row, line);
        Set<MeansOfControl> means = means(row, line);
        List<Event> events = new ArrayList<>();
        List<ExploitationSpell> spells = spells(row, line, country, means);
        Recruitment recruitment = recruitment(row, line);
        Person recruiter = recruitment != null && recruitment.involvements().size() > 1
                ? Person.builder("r1").build()
                : null;
        if (recruitment != null) {
            events.add(recruitment);
        }
        events.addAll(spells);
        if (errors.total() > before) {
            return null;
        }
        try {
            Case.Builder b = Case.builder(source.id() + "-ctdc-" + n, source.id(), "row-" + n)
                    .recordedOn(registered)
                    .person(v.build());
            if (recruiter != null) {
                b.person(recruiter);
            }
            events.forEach(b::event);
            return b.build();
        } catch (InvalidCaseException e) {
            errors.add(line, e.field(), e.value(), e.rule());
            return null;
        }
    }

    private static String cell(Map<String, String> row, String column) {
        return row.getOrDefault(column, MISSING).trim();
    }

    private Integer year(Map<String, String> row, long line) {
        String y = cell(row, "yearOfRegistration");
        if (y.equals(MISSING) || y.isEmpty()) {
            return null;
        }
        try {
            int year = Integer.parseInt(y);
            if (year >= 1900 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(line, "yearOfRegistration", y, "must be a year between 1900 and 2100 or -99");
        return null;
    }

    private Age age(Map<String, String> row, long line, ImpreciseDate registered) {
        String band = cell(row, "ageBroad");
        int[] b = CtdcColumns.bounds(band);
        if (b != null) {
            return Age.band(b[0], b[1], AgeReckoning.INTERNATIONAL, registered);
        }
        if (!band.equals(MISSING) && !band.isEmpty()) {
            errors.add(
                    line, "ageBroad", band, "must be one of " + String.join(", ", CtdcColumns.AGE_BANDS) + " or -99");
            return null;
        }
        return switch (cell(row, "majorityStatus")) {
            case "Adult" -> Age.band(18, Age.MAX_YEARS, AgeReckoning.INTERNATIONAL, registered);
            case "Minor" -> Age.band(0, 17, AgeReckoning.INTERNATIONAL, registered);
            default -> null;
        };
    }

    private PlaceRef country(Map<String, String> row, long line) {
        String code = cell(row, "CountryOfExploitation");
        if (code.equals(MISSING) || code.isEmpty()) {
            return null;
        }
        Place p = gazetteer
                .byCode(code)
                .filter(x -> x.level() == PlaceLevel.COUNTRY)
                .orElse(null);
        if (p == null) {
            errors.add(line, "CountryOfExploitation", code, Places.UNKNOWN);
            return null;
        }
        return new PlaceRef(p.id(), PlaceLevel.COUNTRY);
    }

    private Boolean flag(Map<String, String> row, String column, long line) {
        String v = cell(row, column);
        return switch (v) {
            case "1" -> true;
            case "0" -> false;
            case MISSING, "" -> null;
            default -> {
                errors.add(line, column, v, "must be 0, 1 or -99");
                yield null;
            }
        };
    }

    private boolean on(Map<String, String> row, String column, long line) {
        return Boolean.TRUE.equals(flag(row, column, line));
    }

    private Set<MeansOfControl> means(Map<String, String> row, long line) {
        Set<MeansOfControl> out = EnumSet.noneOf(MeansOfControl.class);
        for (var e : CtdcColumns.MEANS.entrySet()) {
            if (on(row, "meansOfControl" + e.getValue(), line)) {
                out.add(e.getKey());
            }
        }
        flag(row, "meansOfControlNotSpecified", line);
        return out;
    }

    private List<ExploitationSpell> spells(
            Map<String, String> row, long line, PlaceRef country, Set<MeansOfControl> means) {
        List<ExploitationSpell> out = new ArrayList<>();
        boolean sexual = on(row, "isSexualExploit", line);
        if (on(row, "isForcedMarriage", line)) {
            out.add(spell(out.size(), ExploitationType.FORCED_MARRIAGE, VenueType.HOUSEHOLD, country, means));
        }
        boolean prostitution = on(row, "typeOfSexProstitution", line) | on(row, "typeOfSexPrivateSexualServices", line);
        boolean cyber = on(row, "typeOfSexRemoteInteractiveServices", line) | on(row, "typeOfSexPornography", line);
        if (sexual && prostitution) {
            out.add(spell(out.size(), ExploitationType.PROSTITUTION, VenueType.UNKNOWN, country, means));
        }
        if (sexual && cyber) {
            out.add(spell(out.size(), ExploitationType.CYBERSEX, VenueType.CYBERSEX_DEN, country, means));
        }
        if (on(row, "isForcedLabour", line)) {
            String sector = CtdcColumns.LABOUR_SUFFIXES.stream()
                    .filter(s -> on(row, "typeOfLabour" + s, line))
                    .findFirst()
                    .orElse("NotSpecified");
            ExploitationType type = sector.equals("DomesticWork")
                    ? ExploitationType.DOMESTIC_SERVITUDE
                    : ExploitationType.FORCED_LABOUR;
            out.add(spell(out.size(), type, venue(sector), country, means));
        }
        boolean other = on(row, "isOtherExploit", line)
                | on(row, "isForcedMilitary", line)
                | on(row, "isOrganRemoval", line)
                | on(row, "isSlaveryAndPractices", line)
                | (sexual && !prostitution && !cyber);
        flag(row, "isSexAndLabour", line);
        if (other) {
            out.add(spell(out.size(), ExploitationType.OTHER, VenueType.UNKNOWN, country, means));
        }
        return out;
    }

    private static VenueType venue(String sector) {
        return switch (sector) {
            case "DomesticWork" -> VenueType.HOUSEHOLD;
            case "Agriculture" -> VenueType.FARM;
            case "Manufacturing" -> VenueType.FACTORY;
            case "Hospitality" -> VenueType.RESTAURANT;
            default -> VenueType.UNKNOWN;
        };
    }

    private ExploitationSpell spell(
            int i, ExploitationType type, VenueType venue, PlaceRef country, Set<MeansOfControl> means) {
        EventCore core = new EventCore(
                "x" + (i + 1),
                null,
                country,
                List.of(Involvement.victim("v1")),
                source.id(),
                source.reliability(),
                null);
        return new ExploitationSpell(core, type, venue, null, means, null, null);
    }

    private Recruitment recruitment(Map<String, String> row, long line) {
        boolean abduction = on(row, "isAbduction", line);
        String rel = cell(row, "RecruiterRelationship");
        RecruiterRelation relation = switch (rel) {
            case "Intimate Partner" -> RecruiterRelation.INTIMATE_PARTNER;
            case "Friend" -> RecruiterRelation.FRIEND;
            case "Family" -> RecruiterRelation.FAMILY;
            case "Other" -> RecruiterRelation.ACQUAINTANCE;
            case "Unknown" -> RecruiterRelation.UNKNOWN;
            case MISSING, "" -> null;
            default -> {
                errors.add(
                        line,
                        "RecruiterRelationship",
                        rel,
                        "must be one of " + String.join(", ", CtdcColumns.RECRUITER_VALUES) + " or -99");
                yield null;
            }
        };
        CtdcColumns.RECRUITER_SUFFIXES.forEach(s -> flag(row, "recruiterRelation" + s, line));
        if (!abduction && relation == null) {
            return null;
        }
        List<Involvement> inv = new ArrayList<>(List.of(Involvement.victim("v1")));
        if (relation != null) {
            inv.add(new Involvement("r1", InvolvementRole.OTHER_PERPETRATOR, relation));
        }
        EventCore core = new EventCore("rec", null, null, inv, source.id(), source.reliability(), null);
        return new Recruitment(core, abduction ? RecruitmentMethod.ABDUCTION : RecruitmentMethod.UNKNOWN, null);
    }
}
