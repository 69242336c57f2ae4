package org.uncounted.app.web.cases;

import java.util.List;
import org.uncounted.app.web.http.Html;
import org.uncounted.app.web.http.Req;

/** Form controls shared by the intake and filter forms: labelled inputs, vocabulary selects, place pickers. */
final class Fields {
    private Fields() {}

    static void input(Html h, Req r, String labelKey, String name, String type, Object value) {
        h.open("label").attr("for", name).gt().text(r.t(labelKey)).close("label");
        h.open("input")
                .attr("type", type)
                .attr("name", name)
                .attr("id", name)
                .attr("value", value)
                .gt();
    }

    static void select(Html h, Req r, String labelKey, String name, Vocab vocab, String selected) {
        h.open("label").attr("for", name).gt().text(r.t(labelKey)).close("label");
        h.open("select").attr("name", name).attr("id", name).gt();
        h.open("option").attr("value", "").gt().text(r.t("form.skip")).close("option");
        List<String> codes = vocab.codes();
        for (String c : codes) {
            h.open("option")
                    .attr("value", c)
                    .flag("selected", c.equals(selected))
                    .gt();
            h.text(r.t(vocab.labelKey(c))).close("option");
        }
        h.close("select");
    }

    /** A text input with a datalist filled by htmx from the gazetteer as the user types (Hangul, Hanzi, Latin). */
    static void place(Html h, Req r, PlaceDirectory places, String labelKey, String name, String placeId) {
        String list = "dl-" + name;
        h.open("label").attr("for", name).gt().text(r.t(labelKey)).close("label");
        h.open("input").attr("type", "text").attr("name", name).attr("id", name).attr("value", placeId);
        h.attr("list", list).attr("autocomplete", "off").attr("placeholder", r.t("form.placeHint"));
        h.attr("hx-get", "/places/options?name=" + name).attr("hx-trigger", "input changed delay:250ms");
        h.attr("hx-target", "#" + list).attr("hx-swap", "innerHTML").gt();
        h.open("datalist").attr("id", list).gt().close("datalist");
        if (placeId != null) {
            places.find(placeId).ifPresent(p -> h.el("small", "place-label", p.label(isKorean(r))));
        }
    }

    static boolean isKorean(Req r) {
        return "ko".equals(r.msg().locale().getLanguage());
    }

    static String placeLabel(Req r, PlaceDirectory places, String id) {
        if (id == null) {
            return r.t("form.unknown");
        }
        return places.find(id).map(p -> p.label(isKorean(r))).orElse(id);
    }
}
