package org.uncounted.formats.internal;

import java.util.ArrayList;
import java.util.List;
import org.uncounted.model.Case;
import org.uncounted.model.Consent;
import org.uncounted.model.ConsentGrant;
import org.uncounted.model.ConsentWithdrawal;
import org.uncounted.model.NameVariant;
import org.uncounted.model.Person;
import org.uncounted.model.SensitiveText;
import org.uncounted.model.Source;
import org.uncounted.model.event.Event;
import org.uncounted.model.place.Gazetteer;
import org.uncounted.model.time.Age;
import org.uncounted.model.time.AgeReckoning;
import org.uncounted.model.time.ImpreciseDate;
import org.uncounted.model.time.YearRange;
import org.uncounted.model.vocab.ConsentMethod;
import org.uncounted.model.vocab.ConsentPurpose;
import org.uncounted.model.vocab.CurrentStatus;
import org.uncounted.model.vocab.Ethnicity;
import org.uncounted.model.vocab.Reliability;
import org.uncounted.model.vocab.Script;
import org.uncounted.model.vocab.Sex;
import org.uncounted.model.vocab.SourceType;

/**
 * Decodes the JSON trees of a case file into model values, reporting every problem to {@link
 * Errors} and returning null for a record that has any.
 */
public final class CaseDecoder {
    private final Errors errors;
    private final Places places;
    private final EventDecoder events;

    public CaseDecoder(Errors errors, Gazetteer gazetteer) {
        this.errors = errors;
        this.places = new Places(gazetteer);
        this.events = new EventDecoder(places);
    }

    public Source source(JNode node) {
        long before = errors.total();
        Obj o = Obj.root(node, "source", -1, errors);
        if (o == null) {
            return null;
        }
        String id = o.str("id", true);
        String organisation = o.str("organisation", true);
        SourceType type = o.vocab("type", SourceType::fromCode, true);
        ImpreciseDate date = o.date("interviewDate", false);
        String interviewer = o.str("interviewerPseudonym", false);
        String language = o.str("language", false);
        String country = o.str("interviewCountry", false);
        Reliability reliability = o.vocab("reliability", Reliability::fromCode, false);
        o.finish("source");
        if (errors.total() > before) {
            return null;
        }
        return Building.build(
                o, () -> new Source(id, organisation, type, date, interviewer, language, country, reliability));
    }

    public Case decode(JNode node, int index, String sourceId) {
        long before = errors.total();
        Obj o = Obj.root(node, "cases", index, errors);
        if (o == null) {
            return null;
        }
        String caseId = o.str("caseId", true);
        String recordId = o.str("sourceRecordId", true);
        ImpreciseDate recordedOn = o.date("recordedOn", false);
        String language = o.str("language", false);
        SensitiveText narrative = o.sensitive("narrative");
        Obj consentObj = o.obj("consent", false);
        Consent consent = consentObj == null ? Consent.none() : consent(consentObj);
        List<Person> persons = new ArrayList<>();
        List<JNode> personNodes = o.array("persons");
        for (int i = 0; personNodes != null && i < personNodes.size(); i++) {
            Obj p = Obj.child(personNodes.get(i), o, "persons", i);
            Person person = p == null ? null : person(p);
            if (person != null) {
                persons.add(person);
            }
        }
        List<Event> eventList = new ArrayList<>();
        List<JNode> eventNodes = o.array("events");
        for (int i = 0; eventNodes != null && i < eventNodes.size(); i++) {
            Obj e = Obj.child(eventNodes.get(i), o, "events", i);
            Event event = e == null ? null : events.event(e, sourceId);
            if (event != null) {
                eventList.add(event);
            }
        }
        o.finish("case");
        if (eventNodes != null
                && eventList.size() == eventNodes.size()
                && persons.stream().anyMatch(Person::possiblyInChina)) {
            checkCoarseInChina(o, eventNodes, eventList);
        }
        if (errors.total() > before) {
            return null;
        }
        return Building.build(
                o,
                () -> new Case(
                        caseId, sourceId, recordId, persons, eventList, consent, narrative, language, recordedOn));
    }

    static final String TOO_PRECISE =
            "a person in this case may still be in China (possiblyInChina), so places in China"
                    + " must be prefecture level or coarser (domain.md section 4)";

    private void checkCoarseInChina(Obj o, List<JNode> nodes, List<Event> events) {
        for (int i = 0; i < events.size() && i < nodes.size(); i++) {
            Event e = events.get(i);
            if (places.tooPreciseInChina(e.place())) {
                o.error(nodes.get(i), o.at("events", i) + ".place.id", e.place().placeId(), TOO_PRECISE);
            }
            if (e instanceof org.uncounted.model.event.BorderCrossing b && places.tooPreciseInChina(b.departure())) {
                o.error(
                        nodes.get(i),
                        o.at("events", i) + ".departure.id",
                        b.departure().placeId(),
                        TOO_PRECISE);
            }
        }
    }

    private Consent consent(Obj o) {
        Consent consent = Consent.none();
        List<JNode> grants = o.array("grants");
        for (int i = 0; grants != null && i < grants.size(); i++) {
            Obj g = Obj.child(grants.get(i), o, "grants", i);
            if (g == null) {
                continue;
            }
            ConsentPurpose purpose = g.vocab("purpose", ConsentPurpose::fromCode, true);
            String partner = g.str("partner", false);
            ImpreciseDate date = g.date("date", true);
            ConsentMethod method = g.vocab("method", ConsentMethod::fromCode, false);
            g.finish("consent grant");
            ConsentGrant grant = date == null || purpose == null
                    ? null
                    : Building.build(g, () -> new ConsentGrant(purpose, partner, day(g, date), method));
            consent = grant == null ? consent : consent.withGrant(grant);
        }
        List<JNode> withdrawals = o.array("withdrawals");
        for (int i = 0; withdrawals != null && i < withdrawals.size(); i++) {
            Obj w = Obj.child(withdrawals.get(i), o, "withdrawals", i);
            if (w == null) {
                continue;
            }
            ConsentPurpose purpose = w.vocab("purpose", ConsentPurpose::fromCode, false);
            String partner = w.str("partner", false);
            ImpreciseDate date = w.date("date", true);
            w.finish("consent withdrawal");
            ConsentWithdrawal withdrawal = date == null
                    ? null
                    : Building.build(w, () -> new ConsentWithdrawal(purpose, partner, day(w, date)));
            consent = withdrawal == null ? consent : consent.withWithdrawal(withdrawal);
        }
        o.finish("consent");
        return consent;
    }

    private static java.time.LocalDate day(Obj o, ImpreciseDate date) {
        if (date.precision() != org.uncounted.model.time.DatePrecision.DAY) {
            o.error(o.raw("date"), o.at("date"), date.toString(), "consent dates must be a day (YYYY-MM-DD)");
        }
        return date.earliest();
    }

    private Person person(Obj o) {
        long before = errors.total();
        String id = o.str("id", true);
        Person.Builder b = Person.builder(id == null ? "?" : id);
        b.pseudonym(o.str("pseudonym", false));
        List<JNode> names = o.array("names");
        for (int i = 0; names != null && i < names.size(); i++) {
            Obj n = Obj.child(names.get(i), o, "names", i);
            if (n != null) {
                Script script = n.vocab("script", Script::fromCode, true);
                SensitiveText text = n.sensitive("text");
                if (text == null) {
                    n.error(null, n.at("text"), Obj.REDACTED, "is required");
                }
                n.finish("name");
                if (script != null && text != null) {
                    b.name(new NameVariant(script, text));
                }
            }
        }
        List<JNode> aliases = o.array("aliases");
        for (int i = 0; aliases != null && i < aliases.size(); i++) {
            JNode a = aliases.get(i);
            if (a.kind != JNode.Kind.STRING) {
                o.error(a, o.at("aliases", i), Obj.REDACTED, "must be a string");
            } else {
                b.alias(SensitiveText.of(a.text));
            }
        }
        b.dateOfBirth(o.sensitive("dateOfBirth"));
        b.sex(o.vocab("sex", Sex::fromCode, false));
        String birthYears = o.str("birthYears", false);
        if (birthYears != null) {
            b.birthYears(Building.build(o, () -> parseYears(birthYears)));
        }
        Obj age = o.obj("age", false);
        if (age != null) {
            b.statedAge(age(age));
        }
        b.originPlaceId(places.placeId(o, "origin"));
        b.nationality(o.str("nationality", false));
        b.ethnicity(o.vocab("ethnicity", Ethnicity::fromCode, false));
        Boolean inChina = o.bool("possiblyInChina");
        b.possiblyInChina(inChina != null && inChina);
        b.currentStatus(o.vocab("currentStatus", CurrentStatus::fromCode, false));
        Integer groupSize = o.integer("groupSize", false, 1, 10_000);
        b.groupSize(groupSize == null ? 1 : groupSize);
        o.finish("person");
        return errors.total() > before ? null : Building.build(o, b::build);
    }

    private static YearRange parseYears(String text) {
        try {
            return YearRange.parse(text);
        } catch (org.uncounted.model.InvalidCaseException e) {
            throw new org.uncounted.model.InvalidCaseException("birthYears", text, e.rule());
        }
    }

    private Age age(Obj o) {
        String years = o.str("years", true);
        AgeReckoning reckoning = o.vocab("reckoning", AgeReckoning::fromCode, true);
        ImpreciseDate statedOn = o.date("statedOn", false);
        o.finish("age");
        if (years == null || reckoning == null) {
            return null;
        }
        return Building.build(o, () -> Age.parse(years, reckoning, statedOn));
    }
}
