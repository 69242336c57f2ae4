package org.uncounted.app.web.cases;

import java.util.List;
import java.util.stream.Collectors;
import org.uncounted.app.web.http.Html;
import org.uncounted.app.web.http.Layout;
import org.uncounted.app.web.http.Req;
import org.uncounted.model.SensitiveText;

/** The case list with its filters, and one case as a timeline. */
final class CasePages {
    static final int PAGE = 50;
    private final CaseService cases;
    private final SensitiveText.Access access;

    CasePages(CaseService cases, SensitiveText.Access access) {
        this.cases = cases;
        this.access = access;
    }

    String list(Req r, CaseFilter f, int offset) {
        CaseRepository repo = cases.repository();
        Html h = new Html();
        h.raw("<section class=\"card\">").el("h1", r.t("cases.title"));
        h.el("p", "notice", r.t(repo.storageNoticeKey()));
        h.open("form")
                .attr("method", "get")
                .attr("action", "/cases")
                .attr("class", "filters")
                .attr("id", "case-filters")
                .gt();
        h.open("label").attr("for", "source").gt().text(r.t("cases.source")).close("label");
        h.open("select").attr("name", "source").attr("id", "source").gt();
        h.open("option").attr("value", "").gt().text(r.t("form.any")).close("option");
        for (String s : repo.sources()) {
            h.open("option")
                    .attr("value", s)
                    .flag("selected", s.equals(f.sourceId()))
                    .gt()
                    .text(s)
                    .close("option");
        }
        h.close("select");
        Fields.select(h, r, "cases.exploitation", "exploitation", Vocab.EXPLOITATION, f.exploitationType());
        Fields.input(h, r, "cases.fromYear", "from", "number", f.fromYear());
        Fields.input(h, r, "cases.toYear", "to", "number", f.toYear());
        Fields.place(h, r, cases.places(), "cases.origin", "origin", f.originPlace());
        h.open("button")
                .attr("type", "submit")
                .gt()
                .text(r.t("cases.filter"))
                .close("button")
                .close("form");
        int total = repo.count(f);
        h.el("p", "count", r.t("cases.count", total));
        h.raw("<table class=\"cases\"><thead><tr>");
        for (String k : List.of("cases.id", "cases.source", "cases.year", "cases.origin", "cases.exploitation")) {
            h.el("th", r.t(k));
        }
        h.raw("</tr></thead><tbody>");
        for (Testimony t : repo.list(f, offset, PAGE)) {
            h.raw("<tr><td>")
                    .open("a")
                    .attr("href", "/cases/" + t.id())
                    .gt()
                    .text(t.id())
                    .close("a")
                    .raw("</td>");
            h.el("td", t.sourceId()).el("td", t.firstYear() == null ? "" : t.firstYear());
            h.el("td", Fields.placeLabel(r, cases.places(), t.person().originPlace()));
            h.el(
                    "td",
                    t.spells().stream()
                            .map(s -> s.exploitationType() == null
                                    ? "?"
                                    : r.t(Vocab.EXPLOITATION.labelKey(s.exploitationType())))
                            .collect(Collectors.joining(", ")));
            h.raw("</tr>");
        }
        h.raw("</tbody></table>");
        if (offset + PAGE < total) {
            h.open("a")
                    .attr("class", "more")
                    .attr("href", "/cases?offset=" + (offset + PAGE) + query(f))
                    .gt();
            h.text(r.t("cases.next")).close("a");
        }
        h.raw("</section>");
        return Layout.page(r, "/cases", r.t("cases.title"), h, false);
    }

    private static String query(CaseFilter f) {
        StringBuilder b = new StringBuilder();
        append(b, "source", f.sourceId());
        append(b, "exploitation", f.exploitationType());
        append(b, "from", f.fromYear());
        append(b, "to", f.toYear());
        append(b, "origin", f.originPlace());
        return b.toString();
    }

    private static void append(StringBuilder b, String k, Object v) {
        if (v != null) {
            b.append('&')
                    .append(k)
                    .append('=')
                    .append(java.net.URLEncoder.encode(v.toString(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    String view(Req r, Testimony t) {
        PlaceDirectory places = cases.places();
        String title = r.t("case.title", t.id());
        Html h = Layout.start(r, "/cases", title, false, 2048 + t.narrative().length());
        h.raw("<section class=\"card\">").el("h1", title);
        h.raw("<dl class=\"facts\">");
        fact(h, r.t("cases.source"), t.sourceId());
        fact(h, r.t("intake.name"), reveal(t.person().name()));
        fact(h, r.t("intake.nameOther"), reveal(t.person().nameOther()));
        fact(h, r.t("intake.birthYear"), t.person().birthYear());
        fact(
                h,
                r.t("intake.origin"),
                t.person().originPlace() == null
                        ? null
                        : Fields.placeLabel(r, places, t.person().originPlace()));
        fact(
                h,
                r.t("case.consent"),
                t.consent().purposes().stream()
                        .sorted()
                        .map(c -> r.t(Vocab.CONSENT.labelKey(c)))
                        .collect(Collectors.joining(", ")));
        h.raw("</dl>").el("h2", r.t("case.timeline")).raw("<ol class=\"timeline\" id=\"timeline\">");
        if (t.crossing() != null && (t.crossing().year() != null || t.crossing().place() != null)) {
            event(
                    h,
                    r,
                    "event.crossing",
                    t.crossing().year(),
                    places,
                    t.crossing().place(),
                    null);
        }
        for (Testimony.Sale s : t.sales()) {
            String price = s.amount() == null ? null : r.msg().number(s.amount()) + " " + s.currency();
            String type = s.saleType() == null ? null : r.t(Vocab.SALE.labelKey(s.saleType()));
            event(h, r, "event.sale", s.year(), places, s.place(), join(type, price));
        }
        for (Testimony.Spell s : t.spells()) {
            String type = s.exploitationType() == null ? null : r.t(Vocab.EXPLOITATION.labelKey(s.exploitationType()));
            String years = s.endYear() == null ? null : r.t("case.until", String.valueOf(s.endYear()));
            event(h, r, "event.spell", s.startYear(), places, s.place(), join(type, years));
        }
        if (t.exit() != null && (t.exit().outcome() != null || t.exit().year() != null)) {
            String out = t.exit().outcome() == null
                    ? null
                    : r.t(Vocab.EXIT.labelKey(t.exit().outcome()));
            event(h, r, "event.exit", t.exit().year(), places, t.exit().place(), out);
        }
        h.raw("</ol>");
        if (!t.narrative().isEmpty()) {
            h.el("h2", r.t("intake.narrative"));
            h.open("blockquote")
                    .attr("class", "narrative")
                    .attr("lang", t.narrativeLanguage())
                    .gt();
            h.text(t.narrative().reveal(access)).close("blockquote");
        }
        h.raw("</section>");
        return Layout.finish(h);
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " · " + b;
    }

    private static void event(
            Html h, Req r, String key, Integer year, PlaceDirectory places, String place, String detail) {
        h.open("li").attr("class", key.replace("event.", "ev-")).gt();
        h.el("span", "when", year == null ? r.t("form.unknown") : String.valueOf(year));
        h.el("strong", r.t(key));
        if (place != null) {
            h.el("span", "where", Fields.placeLabel(r, places, place));
        }
        if (detail != null) {
            h.el("span", "detail", detail);
        }
        h.close("li");
    }

    private static void fact(Html h, String label, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            h.el("dt", label).el("dd", value);
        }
    }

    private String reveal(SensitiveText s) {
        return s == null ? null : s.reveal(access);
    }
}
