package org.uncounted.formats.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.uncounted.model.Case;
import org.uncounted.model.ConsentGrant;
import org.uncounted.model.ConsentWithdrawal;
import org.uncounted.model.NameVariant;
import org.uncounted.model.Person;
import org.uncounted.model.SensitiveText;
import org.uncounted.model.Source;
import org.uncounted.model.time.Age;
import org.uncounted.model.vocab.Vocabulary;

/**
 * Writes sources, cases and persons in the canonical field order of docs/formats.md. Null and empty
 * optional values are omitted; everything else is always written.
 */
public final class CaseEncoder {
    /** The interchange file carries identifying text by design; the store encrypts it on import. */
    private static final SensitiveText.Access ACCESS =
            SensitiveText.Access.grantedTo("formats: write the JSON interchange file");

    private final JsonGenerator g;
    private final EventEncoder events;

    public CaseEncoder(JsonGenerator g) {
        this.g = g;
        this.events = new EventEncoder(g);
    }

    public void source(Source s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("organisation", s.organisation());
        code("type", s.type());
        opt("interviewDate", s.interviewDate());
        opt("interviewerPseudonym", s.interviewerPseudonym());
        opt("language", s.language());
        opt("interviewCountry", s.interviewCountry());
        code("reliability", s.reliability());
        g.writeEndObject();
    }

    public void write(Case c) throws IOException {
        g.writeStartObject();
        g.writeStringField("caseId", c.caseId());
        g.writeStringField("sourceRecordId", c.sourceRecordId());
        opt("recordedOn", c.recordedOn());
        opt("language", c.language());
        sensitive("narrative", c.narrative());
        if (!c.consent().grants().isEmpty() || !c.consent().withdrawals().isEmpty()) {
            g.writeObjectFieldStart("consent");
            if (!c.consent().grants().isEmpty()) {
                g.writeArrayFieldStart("grants");
                for (ConsentGrant grant : c.consent().grants()) {
                    g.writeStartObject();
                    code("purpose", grant.purpose());
                    opt("partner", grant.partner());
                    g.writeStringField("date", grant.date().toString());
                    code("method", grant.method());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (!c.consent().withdrawals().isEmpty()) {
                g.writeArrayFieldStart("withdrawals");
                for (ConsentWithdrawal w : c.consent().withdrawals()) {
                    g.writeStartObject();
                    if (w.purpose() != null) {
                        code("purpose", w.purpose());
                    }
                    opt("partner", w.partner());
                    g.writeStringField("date", w.date().toString());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        if (!c.persons().isEmpty()) {
            g.writeArrayFieldStart("persons");
            for (Person p : c.persons()) {
                person(p);
            }
            g.writeEndArray();
        }
        if (!c.events().isEmpty()) {
            g.writeArrayFieldStart("events");
            for (var e : c.events()) {
                events.write(e, c.sourceId());
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void person(Person p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        opt("pseudonym", p.pseudonym());
        if (!p.names().isEmpty()) {
            g.writeArrayFieldStart("names");
            for (NameVariant n : p.names()) {
                g.writeStartObject();
                code("script", n.script());
                g.writeStringField("text", n.text().reveal(ACCESS));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!p.aliases().isEmpty()) {
            g.writeArrayFieldStart("aliases");
            for (SensitiveText a : p.aliases()) {
                g.writeString(a.reveal(ACCESS));
            }
            g.writeEndArray();
        }
        sensitive("dateOfBirth", p.dateOfBirth());
        code("sex", p.sex());
        opt("birthYears", p.birthYears());
        if (p.statedAge() != null) {
            Age a = p.statedAge();
            g.writeObjectFieldStart("age");
            g.writeStringField("years", a.yearsText());
            code("reckoning", a.reckoning());
            opt("statedOn", a.statedOn());
            g.writeEndObject();
        }
        opt("origin", p.originPlaceId());
        opt("nationality", p.nationality());
        code("ethnicity", p.ethnicity());
        g.writeBooleanField("possiblyInChina", p.possiblyInChina());
        code("currentStatus", p.currentStatus());
        g.writeNumberField("groupSize", p.groupSize());
        g.writeEndObject();
    }

    private void sensitive(String name, SensitiveText text) throws IOException {
        if (text != null && !text.isEmpty()) {
            g.writeStringField(name, text.reveal(ACCESS));
        }
    }

    void code(String name, Vocabulary v) throws IOException {
        g.writeStringField(name, v.code());
    }

    void opt(String name, Object value) throws IOException {
        if (value != null) {
            String s = value.toString();
            if (!s.isEmpty()) {
                g.writeStringField(name, s);
            }
        }
    }
}
