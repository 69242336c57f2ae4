package org.uncounted.formats.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.uncounted.model.Involvement;
import org.uncounted.model.event.Arrest;
import org.uncounted.model.event.Arrival;
import org.uncounted.model.event.BorderCrossing;
import org.uncounted.model.event.Escape;
import org.uncounted.model.event.Event;
import org.uncounted.model.event.EventCore;
import org.uncounted.model.event.ExploitationSpell;
import org.uncounted.model.event.OnwardTransit;
import org.uncounted.model.event.PlaceRef;
import org.uncounted.model.event.Recruitment;
import org.uncounted.model.event.Repatriation;
import org.uncounted.model.event.Resale;
import org.uncounted.model.event.Sale;
import org.uncounted.model.money.Currency;
import org.uncounted.model.money.Money;
import org.uncounted.model.time.ImpreciseDate;
import org.uncounted.model.vocab.ArrestAgency;
import org.uncounted.model.vocab.ArrestMethod;
import org.uncounted.model.vocab.DetentionFacility;
import org.uncounted.model.vocab.EscapeFrom;
import org.uncounted.model.vocab.EscapeOutcome;
import org.uncounted.model.vocab.EventType;
import org.uncounted.model.vocab.ExploitationType;
import org.uncounted.model.vocab.FeePayer;
import org.uncounted.model.vocab.InvolvementRole;
import org.uncounted.model.vocab.MeansOfControl;
import org.uncounted.model.vocab.PromisedWork;
import org.uncounted.model.vocab.RecruiterRelation;
import org.uncounted.model.vocab.RecruitmentMethod;
import org.uncounted.model.vocab.Reliability;
import org.uncounted.model.vocab.River;
import org.uncounted.model.vocab.SaleType;
import org.uncounted.model.vocab.SourceConnection;

/** Decodes one event object; type-specific fields are only accepted on their own type. */
final class EventDecoder {
    private final Places places;

    EventDecoder(Places places) {
        this.places = places;
    }

    Event event(Obj o, String fileSourceId) {
        Errors errors = o.errors;
        long before = errors.total();
        String id = o.str("id", true);
        EventType type = o.vocab("type", EventType::fromCode, true);
        ImpreciseDate date = o.date("date", false);
        PlaceRef place = places.placeRef(o, "place");
        List<Involvement> involvements = involvements(o);
        String sourceId = o.str("sourceId", false);
        Reliability reliability = o.vocab("reliability", Reliability::fromCode, false);
        SourceConnection connection = o.vocab("sourceConnection", SourceConnection::fromCode, false);
        if (type == null) {
            return null;
        }
        EventCore core = id == null
                ? null
                : Building.build(
                        o,
                        () -> new EventCore(
                                id,
                                date,
                                place,
                                involvements,
                                sourceId == null ? fileSourceId : sourceId,
                                reliability,
                                connection));
        Event event = specific(o, type, core);
        o.finish(type.code() + " events");
        return errors.total() > before || core == null ? null : event;
    }

    private Event specific(Obj o, EventType type, EventCore core) {
        return switch (type) {
            case RECRUITMENT -> {
                RecruitmentMethod m = o.vocab("method", RecruitmentMethod::fromCode, false);
                PromisedWork w = o.vocab("promisedWork", PromisedWork::fromCode, false);
                yield Building.build(o, () -> new Recruitment(core, m, w));
            }
            case BORDER_CROSSING -> {
                River river = o.vocab("river", River::fromCode, false);
                PlaceRef departure = places.placeRef(o, "departure");
                Money fee = money(o, "fee");
                FeePayer payer = o.vocab("feePayer", FeePayer::fromCode, false);
                Boolean bribe = o.bool("bribeToGuards");
                yield Building.build(o, () -> new BorderCrossing(core, river, departure, fee, payer, bribe));
            }
            case SALE, RESALE -> {
                Money price = money(o, "price");
                Integer index = o.integer("saleIndex", false, 0, 50);
                SaleType saleType = o.vocab("saleType", SaleType::fromCode, false);
                Involvement seller = party(o, "seller");
                Involvement buyer = party(o, "buyer");
                int i = index == null ? 0 : index;
                yield type == EventType.SALE
                        ? Building.build(o, () -> new Sale(core, price, i, saleType, seller, buyer))
                        : Building.build(o, () -> new Resale(core, price, i, saleType, seller, buyer));
            }
            case EXPLOITATION_SPELL -> spell(o, core);
            case ESCAPE -> {
                EscapeFrom from = o.vocab("from", EscapeFrom::fromCode, false);
                EscapeOutcome outcome = o.vocab("outcome", EscapeOutcome::fromCode, false);
                yield Building.build(o, () -> new Escape(core, from, outcome));
            }
            case ARREST -> {
                ArrestAgency agency = o.vocab("agency", ArrestAgency::fromCode, false);
                ArrestMethod method = o.vocab("method", ArrestMethod::fromCode, false);
                Integer days = o.integer("detentionDays", false, 0, 3650);
                yield Building.build(o, () -> new Arrest(core, agency, method, days));
            }
            case REPATRIATION -> {
                DetentionFacility facility = o.vocab("subsequentDetention", DetentionFacility::fromCode, false);
                Boolean reCrossed = o.bool("reCrossed");
                yield Building.build(o, () -> new Repatriation(core, facility, reCrossed));
            }
            case ONWARD_TRANSIT -> {
                List<String> countries = new ArrayList<>();
                List<JNode> nodes = o.array("countries");
                for (int i = 0; nodes != null && i < nodes.size(); i++) {
                    countries.add(places.countryId(o, nodes.get(i), "countries", i));
                }
                Money fee = money(o, "fee");
                Integer days = o.integer("durationDays", false, 0, 3650);
                yield countries.contains(null)
                        ? null
                        : Building.build(o, () -> new OnwardTransit(core, countries, fee, days));
            }
            case ARRIVAL -> {
                JNode via = o.raw("via");
                String viaId = via == null ? null : places.countryId(o, via, "via", -1);
                yield Building.build(o, () -> new Arrival(core, viaId));
            }
        };
    }

    private Event spell(Obj o, EventCore core) {
        ExploitationType type = o.vocab("exploitationType", ExploitationType::fromCode, true);
        org.uncounted.model.vocab.VenueType venue =
                o.vocab("venueType", org.uncounted.model.vocab.VenueType::fromCode, false);
        ImpreciseDate end = o.date("end", false);
        Set<MeansOfControl> means = EnumSet.noneOf(MeansOfControl.class);
        List<JNode> nodes = o.array("meansOfControl");
        for (int i = 0; nodes != null && i < nodes.size(); i++) {
            JNode n = nodes.get(i);
            if (n.kind != JNode.Kind.STRING) {
                o.error(n, o.at("meansOfControl", i), n.shown(), "must be a string");
                continue;
            }
            try {
                means.add(MeansOfControl.fromCode(n.text));
            } catch (org.uncounted.model.vocab.UnknownVocabularyValueException e) {
                o.error(n, o.at("meansOfControl", i), n.text, e.rule());
            }
        }
        Money revenue = money(o, "revenueObserved");
        Integer children = o.integer("childrenBorn", false, 0, 20);
        if (type == null) {
            return null;
        }
        return Building.build(o, () -> new ExploitationSpell(core, type, venue, end, means, revenue, children));
    }

    private List<Involvement> involvements(Obj o) {
        List<Involvement> out = new ArrayList<>();
        List<JNode> nodes = o.array("involvements");
        for (int i = 0; nodes != null && i < nodes.size(); i++) {
            Obj io = Obj.child(nodes.get(i), o, "involvements", i);
            Involvement inv = io == null ? null : involvement(io);
            if (inv != null) {
                out.add(inv);
            }
        }
        return out;
    }

    private Involvement party(Obj parent, String name) {
        Obj o = parent.obj(name, false);
        return o == null ? null : involvement(o);
    }

    private Involvement involvement(Obj o) {
        String person = o.str("person", true);
        InvolvementRole role = o.vocab("role", InvolvementRole::fromCode, true);
        RecruiterRelation relation = o.vocab("relation", RecruiterRelation::fromCode, false);
        o.finish("involvement");
        return person == null || role == null ? null : Building.build(o, () -> new Involvement(person, role, relation));
    }

    static Money money(Obj parent, String name) {
        Obj o = parent.obj(name, false);
        if (o == null) {
            return null;
        }
        BigDecimal amount = o.decimal("amount");
        Currency currency = o.vocab("currency", Currency::fromCode, true);
        Integer year = o.integer("year", true, 1900, 2100);
        String asReported = o.str("asReported", false);
        o.finish("money");
        if (amount == null || currency == null || year == null) {
            return null;
        }
        return Building.build(o, () -> new Money(amount, currency, year, asReported));
    }
}
