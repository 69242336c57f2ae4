package org.uncounted.app.web.cases;

import java.math.BigDecimal;
import org.uncounted.app.web.http.Html;
import org.uncounted.app.web.http.Layout;
import org.uncounted.app.web.http.Req;
import org.uncounted.model.SensitiveText;

/** The intake form of one draft: person, trajectory (crossing → sales → spells → exit), narrative. */
final class IntakePage {
    private final PlaceDirectory places;
    private final SensitiveText.Access access;

    IntakePage(PlaceDirectory places, SensitiveText.Access access) {
        this.places = places;
        this.access = access;
    }

    String consent(Req r, java.util.List<Testimony> drafts) {
        Html h = new Html();
        if (!drafts.isEmpty()) {
            h.raw("<section class=\"card narrow\" id=\"drafts\">")
                    .el("h2", r.t("intake.drafts"))
                    .raw("<ul>");
            for (Testimony d : drafts) {
                h.raw("<li>")
                        .open("a")
                        .attr("href", "/intake/" + d.id())
                        .gt()
                        .text(d.id())
                        .close("a");
                h.el(
                        "span",
                        "meta",
                        " "
                                + r.msg()
                                        .date(d.updated()
                                                .atZone(java.time.ZoneOffset.UTC)
                                                .toLocalDate()));
                h.raw("</li>");
            }
            h.raw("</ul></section>");
        }
        h.raw("<section class=\"card narrow\">")
                .el("h1", r.t("intake.consentTitle"))
                .el("p", r.t("intake.consentText"));
        h.open("form")
                .attr("method", "post")
                .attr("action", "/intake")
                .attr("id", "consent-form")
                .gt();
        Layout.csrf(h, r);
        h.raw("<fieldset>").el("legend", r.t("intake.purposes"));
        for (String c : Vocab.CONSENT.codes()) {
            h.open("label").attr("class", "check").gt();
            h.open("input")
                    .attr("type", "checkbox")
                    .attr("name", "purposes")
                    .attr("value", c)
                    .attr("id", "purpose-" + c);
            h.gt().text(r.t(Vocab.CONSENT.labelKey(c))).close("label");
        }
        h.raw("</fieldset><div class=\"actions\">");
        h.open("button")
                .attr("name", "consent_given")
                .attr("value", "yes")
                .attr("id", "consent-yes")
                .gt();
        h.text(r.t("intake.consentYes")).close("button");
        h.open("button")
                .attr("name", "consent_given")
                .attr("value", "no")
                .attr("id", "consent-no")
                .attr("class", "secondary");
        h.gt().text(r.t("intake.consentNo")).close("button");
        h.raw("</div></form></section>");
        return Layout.page(r, "/intake", r.t("intake.consentTitle"), h, false);
    }

    String form(Req r, Testimony t, int saleRows, int spellRows, String errorField) {
        Html h = new Html();
        h.raw("<section class=\"card\">").el("h1", r.t("intake.title") + " " + t.id());
        h.el("p", "hint", r.t("intake.skipHint"));
        if (errorField != null) {
            h.open("p").attr("class", "error").attr("role", "alert").gt().text(r.t("form.invalid", errorField));
            h.close("p");
        }
        h.open("form")
                .attr("method", "post")
                .attr("action", "/intake/" + t.id())
                .attr("id", "intake-form")
                .gt();
        Layout.csrf(h, r);
        h.raw("<fieldset>").el("legend", r.t("intake.source"));
        Fields.input(h, r, "intake.sourceId", "source_id", "text", t.sourceId());
        h.raw("</fieldset><fieldset>").el("legend", r.t("intake.person"));
        Fields.input(
                h, r, "intake.name", "person_name", "text", reveal(t.person().name()));
        Fields.input(
                h,
                r,
                "intake.nameOther",
                "person_name_other",
                "text",
                reveal(t.person().nameOther()));
        Fields.input(
                h, r, "intake.birthYear", "birth_year", "number", t.person().birthYear());
        Fields.place(h, r, places, "intake.origin", "origin_place", t.person().originPlace());
        h.raw("</fieldset><ol class=\"timeline edit\"><li><fieldset>").el("legend", r.t("event.crossing"));
        Testimony.Crossing c = t.crossing() == null ? new Testimony.Crossing(null, null, null) : t.crossing();
        Fields.input(h, r, "form.year", "crossing_year", "number", c.year());
        Fields.input(h, r, "form.month", "crossing_month", "number", c.month());
        Fields.place(h, r, places, "form.place", "crossing_place", c.place());
        h.raw("</fieldset></li>");
        for (int i = 0; i < saleRows; i++) {
            sale(h, r, i, i < t.sales().size() ? t.sales().get(i) : null);
        }
        for (int i = 0; i < spellRows; i++) {
            spell(h, r, i, i < t.spells().size() ? t.spells().get(i) : null);
        }
        Testimony.Exit x = t.exit() == null ? new Testimony.Exit(null, null, null) : t.exit();
        h.raw("<li><fieldset>").el("legend", r.t("event.exit"));
        Fields.select(h, r, "intake.exitOutcome", "exit_outcome", Vocab.EXIT, x.outcome());
        Fields.input(h, r, "form.year", "exit_year", "number", x.year());
        Fields.place(h, r, places, "form.place", "exit_place", x.place());
        h.raw("</fieldset></li></ol><fieldset>").el("legend", r.t("intake.narrative"));
        h.open("label")
                .attr("for", "narrative")
                .gt()
                .text(r.t("intake.narrativeHelp"))
                .close("label");
        h.open("textarea")
                .attr("name", "narrative")
                .attr("id", "narrative")
                .attr("rows", 8)
                .gt();
        h.text(reveal(t.narrative())).close("textarea");
        h.raw("</fieldset><div class=\"actions\">");
        button(h, "add_sale", r.t("intake.addSale"), "secondary");
        button(h, "add_spell", r.t("intake.addSpell"), "secondary");
        button(h, "save", r.t("intake.saveDraft"), "secondary");
        button(h, "record", r.t("intake.record"), null);
        h.raw("</div></form></section>");
        return Layout.page(r, "/intake", r.t("intake.title"), h, false);
    }

    private void sale(Html h, Req r, int i, Testimony.Sale s) {
        String p = "sale" + i + "_";
        h.raw("<li><fieldset>").el("legend", r.t("event.sale") + " " + (i + 1));
        Fields.input(h, r, "form.year", p + "year", "number", s == null ? null : s.year());
        Fields.place(h, r, places, "form.place", p + "place", s == null ? null : s.place());
        Fields.select(h, r, "intake.saleType", p + "type", Vocab.SALE, s == null ? null : s.saleType());
        BigDecimal amount = s == null ? null : s.amount();
        Fields.input(h, r, "intake.price", p + "amount", "text", amount == null ? null : amount.toPlainString());
        Fields.select(h, r, "intake.currency", p + "currency", Vocab.CURRENCY, s == null ? null : s.currency());
        h.raw("</fieldset></li>");
    }

    private void spell(Html h, Req r, int i, Testimony.Spell s) {
        String p = "spell" + i + "_";
        h.raw("<li><fieldset>").el("legend", r.t("event.spell") + " " + (i + 1));
        Fields.select(
                h, r, "intake.exploitation", p + "type", Vocab.EXPLOITATION, s == null ? null : s.exploitationType());
        Fields.place(h, r, places, "form.place", p + "place", s == null ? null : s.place());
        Fields.input(h, r, "intake.startYear", p + "start", "number", s == null ? null : s.startYear());
        Fields.input(h, r, "intake.endYear", p + "end", "number", s == null ? null : s.endYear());
        h.raw("</fieldset></li>");
    }

    private static void button(Html h, String action, String label, String cls) {
        h.open("button")
                .attr("type", "submit")
                .attr("name", "action")
                .attr("value", action)
                .attr("id", "btn-" + action);
        h.attr("class", cls).gt().text(label).close("button");
    }

    private String reveal(SensitiveText s) {
        return s == null ? null : s.reveal(access);
    }
}
