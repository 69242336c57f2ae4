package org.uncounted.app.web.cases;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uncounted.app.web.auth.Permission;
import org.uncounted.app.web.auth.WebUser;
import org.uncounted.app.web.http.Form;
import org.uncounted.app.web.http.Html;
import org.uncounted.app.web.http.Layout;
import org.uncounted.app.web.http.Req;
import org.uncounted.app.web.http.WebInputException;

/** Intake, the case list and case view, and the place autocomplete, as pages and JSON. */
public final class CaseRoutes {
    private final CaseService cases;
    private final IntakePage intake;
    private final CasePages pages;

    public CaseRoutes(CaseService cases) {
        this.cases = cases;
        this.intake = new IntakePage(cases.places(), CaseService.webAccess());
        this.pages = new CasePages(cases, CaseService.webAccess());
    }

    public void register(RoutesConfig r) {
        r.get("/intake", ctx -> {
            Req req = Req.of(ctx);
            WebUser u = req.require(Permission.RECORD_CASES);
            ctx.html(intake.consent(req, cases.repository().drafts(u.id())));
        });
        r.post("/intake", this::begin);
        r.get("/intake/{id}", ctx -> {
            Req req = Req.of(ctx);
            WebUser u = req.require(Permission.RECORD_CASES);
            Testimony t = cases.editable(ctx.pathParam("id"), u);
            ctx.html(intake.form(
                    req,
                    t,
                    Math.max(1, t.sales().size()),
                    Math.max(1, t.spells().size()),
                    null));
        });
        r.post("/intake/{id}", this::save);
        r.get("/cases", ctx -> {
            Req req = Req.of(ctx);
            req.require(Permission.READ_IDENTIFYING);
            Integer offset = Form.optInt("offset", ctx.queryParam("offset"), 0, Integer.MAX_VALUE);
            ctx.html(pages.list(req, filter(ctx), offset == null ? 0 : offset));
        });
        r.get("/cases/{id}", ctx -> {
            Req req = Req.of(ctx);
            WebUser u = req.require(Permission.READ_IDENTIFYING);
            ctx.html(pages.view(req, cases.readIdentifying(ctx.pathParam("id"), u)));
        });
        r.get("/places/options", this::placeOptions);
        r.get("/api/places", ctx -> {
            Req.of(ctx).require(Permission.READ_AGGREGATES);
            ctx.json(cases.places().suggest(ctx.queryParam("q"), 20));
        });
        r.get("/api/cases", ctx -> {
            Req.of(ctx).require(Permission.READ_IDENTIFYING);
            CaseFilter f = filter(ctx);
            Integer offset = Form.optInt("offset", ctx.queryParam("offset"), 0, Integer.MAX_VALUE);
            Integer limit = Form.optInt("limit", ctx.queryParam("limit"), 1, 500);
            List<Testimony> page = cases.repository().list(f, offset == null ? 0 : offset, limit == null ? 50 : limit);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("total", cases.repository().count(f));
            body.put("items", page.stream().map(CaseJson::summary).toList());
            ctx.json(body);
        });
        r.get("/api/cases/{id}", ctx -> {
            WebUser u = Req.of(ctx).require(Permission.READ_IDENTIFYING);
            ctx.json(CaseJson.full(cases.readIdentifying(ctx.pathParam("id"), u), CaseService.webAccess()));
        });
        r.post("/api/cases", ctx -> {
            WebUser u = Req.of(ctx).require(Permission.RECORD_CASES);
            Map<String, List<String>> fields = CaseJson.fields(ctx.bodyAsClass(Map.class));
            boolean record = "recorded".equals(CaseJson.first(fields, "status"));
            Testimony t = cases.create(fields, record, u);
            ctx.status(201).json(Map.of("id", t.id(), "status", t.status().name()));
        });
        r.put("/api/cases/{id}", ctx -> {
            WebUser u = Req.of(ctx).require(Permission.RECORD_CASES);
            Map<String, List<String>> fields = CaseJson.fields(ctx.bodyAsClass(Map.class));
            boolean record = "recorded".equals(CaseJson.first(fields, "status"));
            Testimony t = cases.update(ctx.pathParam("id"), fields, record, u);
            ctx.json(Map.of("id", t.id(), "status", t.status().name()));
        });
    }

    /** The list's filters from the query, limited to the signed-in user's permitted sources. */
    static CaseFilter filter(Context ctx) {
        var account = Req.of(ctx).user().map(WebUser::account).orElse(null);
        return new CaseFilter(
                Form.opt(ctx.queryParam("source")),
                Vocab.EXPLOITATION.check("exploitation", ctx.queryParam("exploitation")),
                Form.optInt("from", ctx.queryParam("from"), 0, 3000),
                Form.optInt("to", ctx.queryParam("to"), 0, 3000),
                Form.opt(ctx.queryParam("origin")),
                account == null || account.allSources() ? null : account.sources());
    }

    private void begin(Context ctx) {
        Req req = Req.of(ctx);
        WebUser u = req.require(Permission.RECORD_CASES);
        var started = cases.begin(ctx.formParamMap(), u);
        if (started.isPresent()) {
            ctx.redirect("/intake/" + started.get().id());
            return;
        }
        Html h = new Html();
        h.raw("<section class=\"card narrow\">")
                .el("h1", req.t("intake.declinedTitle"))
                .el("p", req.t("intake.declined"));
        h.raw("</section>");
        ctx.html(Layout.page(req, "/intake", req.t("intake.declinedTitle"), h, false));
    }

    private void save(Context ctx) {
        Req req = Req.of(ctx);
        WebUser u = req.require(Permission.RECORD_CASES);
        String id = ctx.pathParam("id");
        String action = ctx.formParam("action");
        Map<String, List<String>> form = ctx.formParamMap();
        try {
            Testimony t = cases.update(id, form, "record".equals(action), u);
            if ("record".equals(action)) {
                // interviewers read only their own cases, through intake: no case page for them
                ctx.redirect(req.may(Permission.READ_IDENTIFYING) ? "/cases/" + t.id() : "/intake");
                return;
            }
            int sales = Math.max(1, t.sales().size()) + ("add_sale".equals(action) ? 1 : 0);
            int spells = Math.max(1, t.spells().size()) + ("add_spell".equals(action) ? 1 : 0);
            ctx.html(intake.form(
                    req, t, Math.min(sales, IntakeBinder.MAX_ROWS), Math.min(spells, IntakeBinder.MAX_ROWS), null));
        } catch (WebInputException e) {
            Testimony old = cases.editable(id, u);
            ctx.status(400)
                    .html(intake.form(
                            req,
                            old,
                            Math.max(1, old.sales().size()),
                            Math.max(1, old.spells().size()),
                            e.field()));
        }
    }

    private void placeOptions(Context ctx) {
        Req req = Req.of(ctx);
        req.require(Permission.RECORD_CASES);
        String name = ctx.queryParam("name");
        String typed = name == null ? null : ctx.queryParam(name);
        Html h = new Html();
        for (PlaceDirectory.PlaceInfo p : cases.places().suggest(typed, 12)) {
            h.open("option")
                    .attr("value", p.id())
                    .gt()
                    .text(p.label(Fields.isKorean(req)))
                    .close("option");
        }
        ctx.html(h.toString());
    }
}
