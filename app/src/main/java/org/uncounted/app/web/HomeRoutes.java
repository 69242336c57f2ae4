package org.uncounted.app.web;

import io.javalin.config.RoutesConfig;
import org.uncounted.app.web.auth.Permission;
import org.uncounted.app.web.http.Html;
import org.uncounted.app.web.http.Layout;
import org.uncounted.app.web.http.Req;

/** The start page (what the signed-in role can do) and the OpenAPI document. */
final class HomeRoutes {
    void register(RoutesConfig r) {
        r.get("/", ctx -> {
            Req req = Req.of(ctx);
            if (req.user().isEmpty()) {
                ctx.redirect("/login");
                return;
            }
            Html h = new Html();
            h.raw("<section class=\"card\">").el("h1", req.t("home.title")).el("p", req.t("home.intro"));
            h.raw("<ul class=\"tiles\">");
            tile(h, req, Permission.RECORD_CASES, "/intake", "nav.intake", "home.intake");
            tile(h, req, Permission.READ_IDENTIFYING, "/cases", "nav.cases", "home.cases");
            tile(h, req, Permission.READ_IDENTIFYING, "/search", "nav.search", "home.search");
            tile(h, req, Permission.REVIEW_LINKS, "/review", "nav.review", "home.review");
            tile(h, req, Permission.READ_AGGREGATES, "/estimates", "nav.estimates", "home.estimates");
            tile(h, req, Permission.READ_AGGREGATES, "/map", "nav.map", "home.map");
            h.raw("</ul></section>");
            ctx.html(Layout.page(req, "/", req.t("home.title"), h, false));
        });
        r.get("/api/openapi.json", ctx -> {
            try (var in = HomeRoutes.class.getResourceAsStream("/web/openapi.json")) {
                if (in == null) {
                    throw new IllegalStateException("openapi.json missing from the jar");
                }
                ctx.contentType("application/json").result(in.readAllBytes());
            }
        });
    }

    private static void tile(Html h, Req r, Permission p, String href, String title, String text) {
        if (r.may(p)) {
            h.raw("<li>")
                    .open("a")
                    .attr("href", href)
                    .gt()
                    .el("strong", r.t(title))
                    .el("span", r.t(text));
            h.close("a").raw("</li>");
        }
    }
}
