package org.uncounted.app.web.review;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.uncounted.app.web.auth.Permission;
import org.uncounted.app.web.auth.WebUser;
import org.uncounted.app.web.cases.PlaceDirectory;
import org.uncounted.app.web.cases.Testimony;
import org.uncounted.app.web.http.Html;
import org.uncounted.app.web.http.Layout;
import org.uncounted.app.web.http.Req;
import org.uncounted.app.web.http.WebInputException;
import org.uncounted.app.web.jobs.JobRunner;
import org.uncounted.model.SensitiveText;

/** Linkage review: one uncertain pair at a time, side by side, with each field's contribution. */
public final class ReviewRoutes {
    private final LinkageService linkage;
    private final JobRunner jobs;
    private final PlaceDirectory places;
    private final SensitiveText.Access access;

    public ReviewRoutes(LinkageService linkage, JobRunner jobs, PlaceDirectory places, SensitiveText.Access access) {
        this.linkage = linkage;
        this.jobs = jobs;
        this.places = places;
        this.access = access;
    }

    public void register(RoutesConfig r) {
        r.get("/review", ctx -> {
            Req req = Req.of(ctx);
            req.require(Permission.REVIEW_LINKS);
            ctx.html(page(req));
        });
        r.post("/review/run", ctx -> {
            WebUser u = Req.of(ctx).require(Permission.REVIEW_LINKS);
            JobRunner.Job job = jobs.submit("linkage", p -> linkage.run(p, u.id()));
            ctx.redirect("/jobs/" + job.id());
        });
        r.post("/review/{pair}", ctx -> {
            WebUser u = Req.of(ctx).require(Permission.REVIEW_LINKS);
            linkage.decide(ctx.pathParam("pair"), verdict(ctx.formParam("decision")), u);
            ctx.redirect("/review");
        });
        r.get("/api/review/next", ctx -> {
            Req.of(ctx).require(Permission.REVIEW_LINKS);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("linkageRun", linkage.hasRun());
            m.put("pending", linkage.pending());
            linkage.next().ifPresent(p -> {
                m.put("pairId", p.id());
                m.put("weight", p.weight());
                m.put("probability", p.probability());
                m.put("contributions", p.contributions());
                m.put("a", side(p.a()));
                m.put("b", side(p.b()));
            });
            ctx.json(m);
        });
        r.post("/api/review/{pair}", ctx -> {
            WebUser u = Req.of(ctx).require(Permission.REVIEW_LINKS);
            Object d = ctx.bodyAsClass(Map.class).get("decision");
            linkage.decide(ctx.pathParam("pair"), verdict(d instanceof String s ? s : null), u);
            ctx.json(Map.of("decided", ctx.pathParam("pair"), "pending", linkage.pending()));
        });
    }

    private static LinkageService.Verdict verdict(String s) {
        if (s == null) {
            throw WebInputException.invalid("decision", "must be accept, reject or skip");
        }
        try {
            return LinkageService.Verdict.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw WebInputException.invalid("decision", "must be accept, reject or skip");
        }
    }

    private Map<String, Object> side(Testimony t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("source", t.sourceId());
        m.put("name", t.person().name() == null ? null : t.person().name().reveal(access));
        m.put("birthYear", t.person().birthYear());
        m.put("originPlace", t.person().originPlace());
        return m;
    }

    private String page(Req r) {
        Html h = new Html();
        h.raw("<section class=\"card\">").el("h1", r.t("review.title"));
        h.el("p", "hint", r.t("review.help"));
        var next = linkage.hasRun() ? linkage.next() : java.util.Optional.<LinkageService.Pair>empty();
        if (!linkage.hasRun()) {
            h.el("p", "unavailable", r.t("review.notRun"));
        } else if (next.isEmpty()) {
            h.el("p", "notice", r.t("review.empty"));
        }
        h.open("form").attr("method", "post").attr("action", "/review/run").gt();
        Layout.csrf(h, r);
        h.open("button")
                .attr("id", "run-linkage")
                .attr("class", linkage.hasRun() ? "secondary" : null)
                .gt();
        h.text(r.t("review.run", linkage.decisions().size())).close("button").close("form");
        next.ifPresent(p -> pair(h, r, p));
        h.raw("</section>");
        return Layout.page(r, "/review", r.t("review.title"), h, false);
    }

    private void pair(Html h, Req r, LinkageService.Pair p) {
        h.el("p", "count", r.t("review.pending", linkage.pending()));
        h.el(
                "p",
                r.t(
                        "review.probability",
                        Math.round(p.probability() * 100),
                        String.format(Locale.ROOT, "%.1f", p.weight())));
        h.raw("<table class=\"compare\" id=\"pair\"><thead><tr>");
        h.el("th", r.t("review.field"))
                .el("th", p.a().id())
                .el("th", p.b().id())
                .raw("</tr></thead><tbody>");
        row(h, r.t("cases.source"), p.a().sourceId(), p.b().sourceId());
        row(
                h,
                r.t("intake.name"),
                reveal(p.a().person().name()),
                reveal(p.b().person().name()));
        row(
                h,
                r.t("intake.nameOther"),
                reveal(p.a().person().nameOther()),
                reveal(p.b().person().nameOther()));
        row(
                h,
                r.t("intake.birthYear"),
                p.a().person().birthYear(),
                p.b().person().birthYear());
        row(
                h,
                r.t("intake.origin"),
                place(r, p.a().person().originPlace()),
                place(r, p.b().person().originPlace()));
        row(h, r.t("cases.year"), p.a().firstYear(), p.b().firstYear());
        h.raw("</tbody></table>").el("h2", r.t("review.contributions"));
        h.raw("<table class=\"compare\" id=\"contributions\"><thead><tr>").el("th", r.t("review.comparison"));
        h.el("th", r.t("review.weight")).raw("</tr></thead><tbody>");
        for (var e : p.contributions().entrySet()) {
            h.raw("<tr>").el("td", e.getKey());
            h.el("td", e.getValue() >= 0 ? "w-pos" : "w-neg", String.format(Locale.ROOT, "%+.2f", e.getValue()));
            h.raw("</tr>");
        }
        h.raw("</tbody></table>");
        h.open("form")
                .attr("method", "post")
                .attr("action", "/review/" + p.id())
                .attr("class", "actions")
                .gt();
        Layout.csrf(h, r);
        for (String d : new String[] {"accept", "reject", "skip"}) {
            h.open("button").attr("name", "decision").attr("value", d).attr("id", "decide-" + d);
            h.attr("class", d.equals("accept") ? null : "secondary")
                    .gt()
                    .text(r.t("review." + d))
                    .close("button");
        }
        h.close("form");
    }

    private String place(Req r, String id) {
        return id == null
                ? null
                : places.find(id)
                        .map(p -> p.label("ko".equals(r.msg().locale().getLanguage())))
                        .orElse(id);
    }

    private static void row(Html h, String label, Object a, Object b) {
        h.raw("<tr>")
                .el("th", label)
                .el("td", a == null ? "—" : a)
                .el("td", b == null ? "—" : b)
                .raw("</tr>");
    }

    private String reveal(SensitiveText s) {
        return s == null ? null : s.reveal(access);
    }
}
