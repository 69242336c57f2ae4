package org.uncounted.app.web.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.uncounted.model.SensitiveText;

/**
 * A draft testimony as bytes and back, for the store to seal ({@link
 * org.uncounted.store.StoreSession#saveDraft}): a small JSON object with every field of {@link
 * Testimony}, identifying ones included. The bytes are as sensitive as the draft; they exist in clear
 * only in memory.
 */
public final class TestimonyCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestimonyCodec() {}

    public static byte[] encode(Testimony t) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", t.id()).put("status", t.status().name()).put("sourceId", t.sourceId());
        ObjectNode c = o.putObject("consent")
                .put("given", t.consent().given())
                .put("method", t.consent().method());
        ArrayNode purposes = c.putArray("purposes");
        t.consent().purposes().stream().sorted().forEach(purposes::add);
        o.putObject("person")
                .put("name", reveal(t.person().name()))
                .put("nameOther", reveal(t.person().nameOther()))
                .put("birthYear", t.person().birthYear())
                .put("originPlace", t.person().originPlace());
        if (t.crossing() != null) {
            o.putObject("crossing")
                    .put("year", t.crossing().year())
                    .put("month", t.crossing().month())
                    .put("place", t.crossing().place());
        }
        ArrayNode sales = o.putArray("sales");
        for (Testimony.Sale s : t.sales()) {
            sales.addObject()
                    .put("year", s.year())
                    .put("place", s.place())
                    .put("saleType", s.saleType())
                    .put("amount", s.amount())
                    .put("currency", s.currency());
        }
        ArrayNode spells = o.putArray("spells");
        for (Testimony.Spell s : t.spells()) {
            spells.addObject()
                    .put("exploitationType", s.exploitationType())
                    .put("place", s.place())
                    .put("startYear", s.startYear())
                    .put("endYear", s.endYear());
        }
        if (t.exit() != null) {
            o.putObject("exit")
                    .put("outcome", t.exit().outcome())
                    .put("year", t.exit().year())
                    .put("place", t.exit().place());
        }
        o.put("narrative", reveal(t.narrative()))
                .put("narrativeLanguage", t.narrativeLanguage())
                .put("recordedBy", t.recordedBy())
                .put("updated", t.updated() == null ? null : t.updated().toString());
        try {
            return JSON.writeValueAsBytes(o);
        } catch (IOException e) {
            throw new UncheckedIOException("draft " + t.id() + " could not be encoded", e);
        }
    }

    public static Testimony decode(byte[] bytes) {
        JsonNode o;
        try {
            o = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("a stored draft is not valid JSON", e);
        }
        JsonNode c = o.path("consent");
        Set<String> purposes = new HashSet<>();
        c.path("purposes").forEach(p -> purposes.add(p.asText()));
        JsonNode p = o.path("person");
        JsonNode x = o.path("crossing");
        List<Testimony.Sale> sales = new ArrayList<>();
        o.path("sales")
                .forEach(s -> sales.add(new Testimony.Sale(
                        integer(s, "year"),
                        text(s, "place"),
                        text(s, "saleType"),
                        s.hasNonNull("amount") ? new BigDecimal(s.get("amount").asText()) : null,
                        text(s, "currency"))));
        List<Testimony.Spell> spells = new ArrayList<>();
        o.path("spells")
                .forEach(s -> spells.add(new Testimony.Spell(
                        text(s, "exploitationType"),
                        text(s, "place"),
                        integer(s, "startYear"),
                        integer(s, "endYear"))));
        JsonNode e = o.path("exit");
        return new Testimony(
                text(o, "id"),
                Testimony.Status.valueOf(text(o, "status")),
                text(o, "sourceId"),
                new Testimony.Consent(c.path("given").asBoolean(), purposes, text(c, "method")),
                new Testimony.Person(
                        sensitive(text(p, "name")),
                        sensitive(text(p, "nameOther")),
                        integer(p, "birthYear"),
                        text(p, "originPlace")),
                x.isMissingNode()
                        ? null
                        : new Testimony.Crossing(integer(x, "year"), integer(x, "month"), text(x, "place")),
                sales,
                spells,
                e.isMissingNode() ? null : new Testimony.Exit(text(e, "outcome"), integer(e, "year"), text(e, "place")),
                sensitive(text(o, "narrative")),
                text(o, "narrativeLanguage"),
                text(o, "recordedBy"),
                o.hasNonNull("updated") ? Instant.parse(o.get("updated").asText()) : Instant.EPOCH);
    }

    private static String reveal(SensitiveText t) {
        return t == null || t.isEmpty() ? null : t.reveal(CaseService.webAccess());
    }

    private static SensitiveText sensitive(String s) {
        return s == null ? null : SensitiveText.of(s);
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static Integer integer(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asInt() : null;
    }
}
