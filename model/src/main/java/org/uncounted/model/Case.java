package org.uncounted.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.uncounted.model.event.Event;
import org.uncounted.model.time.ImpreciseDate;

/**
 * One record from one source: the people in it, the events the source asserts, the consent given,
 * and the narrative as told (sensitive).
 *
 * <p>Identity: {@code (sourceId, sourceRecordId)} names the record at its source, so re-importing
 * it updates instead of duplicating; {@code caseId} is ours. Rules: person ids and event ids are
 * unique within the case, and every involvement names a person of the case. {@code language} is a
 * BCP 47 tag (e.g. {@code ko}) or null; {@code recordedOn} is when the source recorded it (the
 * registration date, e.g. CTDC {@code yearOfRegistration}), null if unknown. Build with {@link #builder(String, String, String)}.
 */
public record Case(
        String caseId,
        String sourceId,
        String sourceRecordId,
        List<Person> persons,
        List<Event> events,
        Consent consent,
        SensitiveText narrative,
        String language,
        ImpreciseDate recordedOn) {
    public Case {
        Checks.id("caseId", caseId);
        Checks.id("sourceId", sourceId);
        Checks.id("sourceRecordId", sourceRecordId);
        persons = List.copyOf(persons);
        events = List.copyOf(events);
        consent = consent == null ? Consent.none() : consent;
        narrative = narrative == null ? SensitiveText.empty() : narrative;
        checkReferences(persons, events);
    }

    /** A case without a record date. */
    public Case(
            String caseId,
            String sourceId,
            String sourceRecordId,
            List<Person> persons,
            List<Event> events,
            Consent consent,
            SensitiveText narrative,
            String language) {
        this(caseId, sourceId, sourceRecordId, persons, events, consent, narrative, language, null);
    }

    public static Builder builder(String caseId, String sourceId, String sourceRecordId) {
        return new Builder(caseId, sourceId, sourceRecordId);
    }

    /** The person with this id in the case, or null. */
    public Person person(String personId) {
        for (Person p : persons) {
            if (p.id().equals(personId)) {
                return p;
            }
        }
        return null;
    }

    private static void checkReferences(List<Person> persons, List<Event> events) {
        Set<String> personIds = new HashSet<>();
        for (int i = 0; i < persons.size(); i++) {
            if (!personIds.add(persons.get(i).id())) {
                throw new InvalidCaseException(
                        "persons[" + i + "].id", persons.get(i).id(), "person ids must be unique within a case");
            }
        }
        Set<String> eventIds = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!eventIds.add(e.id())) {
                throw new InvalidCaseException(
                        "events[" + i + "].id", e.id(), "event ids must be unique within a case");
            }
            List<Involvement> involvements = e.involvements();
            for (int j = 0; j < involvements.size(); j++) {
                String pid = involvements.get(j).personId();
                if (!personIds.contains(pid)) {
                    throw new InvalidCaseException(
                            "events[" + i + "].involvements[" + j + "].personId",
                            pid,
                            "must name a person of this case");
                }
            }
        }
    }

    /** Collects a case; {@link #build()} validates it. */
    public static final class Builder {
        private final String caseId;
        private final String sourceId;
        private final String sourceRecordId;
        private final List<Person> persons = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private Consent consent = Consent.none();
        private SensitiveText narrative = SensitiveText.empty();
        private String language;
        private ImpreciseDate recordedOn;

        private Builder(String caseId, String sourceId, String sourceRecordId) {
            this.caseId = caseId;
            this.sourceId = sourceId;
            this.sourceRecordId = sourceRecordId;
        }

        public Builder person(Person p) {
            persons.add(p);
            return this;
        }

        public Builder event(Event e) {
            events.add(e);
            return this;
        }

        public Builder consent(Consent c) {
            consent = c;
            return this;
        }

        public Builder narrative(SensitiveText n) {
            narrative = n;
            return this;
        }

        public Builder language(String l) {
            language = l;
            return this;
        }

        public Builder recordedOn(ImpreciseDate d) {
            recordedOn = d;
            return this;
        }

        /** @throws InvalidCaseException naming the first rule broken */
        public Case build() {
            return new Case(
                    caseId, sourceId, sourceRecordId, persons, events, consent, narrative, language, recordedOn);
        }
    }
}
