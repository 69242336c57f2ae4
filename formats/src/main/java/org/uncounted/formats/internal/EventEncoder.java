package org.uncounted.formats.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.uncounted.model.Involvement;
import org.uncounted.model.event.Arrest;
import org.uncounted.model.event.Arrival;
import org.uncounted.model.event.BorderCrossing;
import org.uncounted.model.event.Escape;
import org.uncounted.model.event.Event;
import org.uncounted.model.event.ExploitationSpell;
import org.uncounted.model.event.OnwardTransit;
import org.uncounted.model.event.PlaceRef;
import org.uncounted.model.event.Recruitment;
import org.uncounted.model.event.Repatriation;
import org.uncounted.model.event.Resale;
import org.uncounted.model.event.Sale;
import org.uncounted.model.money.Money;
import org.uncounted.model.vocab.MeansOfControl;
import org.uncounted.model.vocab.Vocabulary;

/** Writes events in the canonical field order of docs/formats.md. */
final class EventEncoder {
    private final JsonGenerator g;

    EventEncoder(JsonGenerator g) {
        this.g = g;
    }

    void write(Event e, String caseSourceId) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        code("type", e.type());
        opt("date", e.date());
        place("place", e.place());
        if (!e.involvements().isEmpty()) {
            g.writeArrayFieldStart("involvements");
            for (Involvement i : e.involvements()) {
                involvement(i);
            }
            g.writeEndArray();
        }
        if (!e.sourceId().equals(caseSourceId)) {
            g.writeStringField("sourceId", e.sourceId());
        }
        code("reliability", e.reliability());
        code("sourceConnection", e.core().sourceConnection());
        specific(e);
        g.writeEndObject();
    }

    private void specific(Event e) throws IOException {
        if (e instanceof Recruitment r) {
            code("method", r.method());
            code("promisedWork", r.promisedWork());
        } else if (e instanceof BorderCrossing b) {
            code("river", b.river());
            place("departure", b.departure());
            money("fee", b.fee());
            if (b.feePayer() != null) {
                code("feePayer", b.feePayer());
            }
            if (b.bribeToGuards() != null) {
                g.writeBooleanField("bribeToGuards", b.bribeToGuards());
            }
        } else if (e instanceof Sale s) {
            transfer(s.price(), s.saleIndex(), s.saleType(), s.seller(), s.buyer());
        } else if (e instanceof Resale s) {
            transfer(s.price(), s.saleIndex(), s.saleType(), s.seller(), s.buyer());
        } else if (e instanceof ExploitationSpell s) {
            code("exploitationType", s.exploitationType());
            code("venueType", s.venueType());
            opt("end", s.end());
            if (!s.meansOfControl().isEmpty()) {
                g.writeArrayFieldStart("meansOfControl");
                for (MeansOfControl m : s.meansOfControl()) {
                    g.writeString(m.code());
                }
                g.writeEndArray();
            }
            money("revenueObserved", s.revenueObserved());
            if (s.childrenBorn() != null) {
                g.writeNumberField("childrenBorn", s.childrenBorn());
            }
        } else if (e instanceof Escape s) {
            code("from", s.from());
            code("outcome", s.outcome());
        } else if (e instanceof Arrest a) {
            code("agency", a.agency());
            code("method", a.method());
            if (a.detentionDays() != null) {
                g.writeNumberField("detentionDays", a.detentionDays());
            }
        } else if (e instanceof Repatriation r) {
            code("subsequentDetention", r.subsequentDetention());
            if (r.reCrossed() != null) {
                g.writeBooleanField("reCrossed", r.reCrossed());
            }
        } else if (e instanceof OnwardTransit t) {
            if (!t.countryIds().isEmpty()) {
                g.writeArrayFieldStart("countries");
                for (String c : t.countryIds()) {
                    g.writeString(c);
                }
                g.writeEndArray();
            }
            money("fee", t.fee());
            if (t.durationDays() != null) {
                g.writeNumberField("durationDays", t.durationDays());
            }
        } else if (e instanceof Arrival a) {
            opt("via", a.viaCountryId());
        } else {
            throw new IllegalStateException("no encoding for event type " + e.type());
        }
    }

    private void transfer(Money price, int index, Vocabulary saleType, Involvement seller, Involvement buyer)
            throws IOException {
        money("price", price);
        g.writeNumberField("saleIndex", index);
        code("saleType", saleType);
        if (seller != null) {
            g.writeFieldName("seller");
            involvement(seller);
        }
        if (buyer != null) {
            g.writeFieldName("buyer");
            involvement(buyer);
        }
    }

    private void involvement(Involvement i) throws IOException {
        g.writeStartObject();
        g.writeStringField("person", i.personId());
        code("role", i.role());
        if (i.relationToVictim() != null) {
            code("relation", i.relationToVictim());
        }
        g.writeEndObject();
    }

    private void place(String name, PlaceRef p) throws IOException {
        if (p != null) {
            g.writeObjectFieldStart(name);
            g.writeStringField("id", p.placeId());
            code("precision", p.precision());
            g.writeEndObject();
        }
    }

    private void money(String name, Money m) throws IOException {
        if (m != null) {
            g.writeObjectFieldStart(name);
            g.writeFieldName("amount");
            g.writeNumber(m.amount().toPlainString());
            code("currency", m.currency());
            g.writeNumberField("year", m.year());
            if (m.asReported() != null) {
                g.writeStringField("asReported", m.asReported());
            }
            g.writeEndObject();
        }
    }

    private void code(String name, Vocabulary v) throws IOException {
        g.writeStringField(name, v.code());
    }

    private void opt(String name, Object value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.toString());
        }
    }
}
