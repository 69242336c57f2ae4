package org.uncounted.app.web.search;

import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uncounted.app.web.auth.Permission;
import org.uncounted.app.web.auth.WebUser;
import org.uncounted.app.web.cases.CaseService;
import org.uncounted.app.web.cases.Testimony;
import org.uncounted.app.web.http.Html;
import org.uncounted.app.web.http.Layout;
import org.uncounted.app.web.http.Req;

/**
 * Full-text search. Results carry identifying content (they match narratives and names), so only roles
 * with {@link Permission#READ_IDENTIFYING} may search, and they find only cases of the sources they may
 * read; the result list shows ids, source and year, and a case opens on its own page.
 */
public final class SearchRoutes {
    private static final int LIMIT = 50;
    private final CaseService cases;

    public SearchRoutes(CaseService cases) {
        this.cases = cases;
    }

    public void register(RoutesConfig r) {
        r.get("/search", ctx -> {
            Req req = Req.of(ctx);
            req.require(Permission.READ_IDENTIFYING);
            String q = ctx.queryParam("q");
            Html h = new Html();
            h.raw("<section class=\"card\">").el("h1", req.t("search.title")).el("p", "hint", req.t("search.help"));
            h.open("form")
                    .attr("method", "get")
                    .attr("action", "/search")
                    .attr("id", "search-form")
                    .gt();
            h.open("input")
                    .attr("type", "search")
                    .attr("name", "q")
                    .attr("id", "q")
                    .attr("value", q);
            h.attr("hx-get", "/search/results").attr("hx-trigger", "input changed delay:300ms, search");
            h.attr("hx-target", "#results").gt();
            h.open("button")
                    .attr("type", "submit")
                    .attr("id", "search-submit")
                    .gt()
                    .text(req.t("search.submit"));
            h.close("button").close("form").raw("<div id=\"results\">");
            results(h, req, q);
            h.raw("</div></section>");
            ctx.html(Layout.page(req, "/search", req.t("search.title"), h, false));
        });
        r.get("/search/results", ctx -> {
            Req req = Req.of(ctx);
            req.require(Permission.READ_IDENTIFYING);
            Html h = new Html();
            results(h, req, ctx.queryParam("q"));
            ctx.html(h.toString());
        });
        r.get("/api/search", ctx -> {
            WebUser user = Req.of(ctx).require(Permission.READ_IDENTIFYING);
            List<Map<String, Object>> out = new ArrayList<>();
            for (Hit hit : hits(ctx.queryParam("q"), user)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", hit.t().id());
                m.put("score", hit.score());
                m.put("source", hit.t().sourceId());
                m.put("firstYear", hit.t().firstYear());
                out.add(m);
            }
            ctx.json(out);
        });
    }

    private record Hit(Testimony t, float score) {}

    /**
     * The best hits the user may open: only cases of their permitted sources (or all, for roles that read
     * every source). The index is searched once, beyond the page size when some hits are filtered out.
     */
    private List<Hit> hits(String q, WebUser user) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        List<Hit> out = new ArrayList<>();
        for (int limit = LIMIT; ; limit *= 4) {
            out.clear();
            List<NarrativeIndex.Hit> found = cases.index().search(q, limit);
            for (NarrativeIndex.Hit h : found) {
                cases.repository()
                        .find(h.caseId())
                        .filter(t -> cases.mayReadIdentifying(t, user))
                        .ifPresent(t -> out.add(new Hit(t, h.score())));
                if (out.size() == LIMIT) return out;
            }
            if (found.size() < limit || limit >= 50 * LIMIT) return out;
        }
    }

    private void results(Html h, Req req, String q) {
        if (q == null || q.isBlank()) {
            return;
        }
        List<Hit> hits = hits(q, req.require(Permission.READ_IDENTIFYING));
        h.el("p", "count", req.t("search.count", hits.size()));
        h.raw("<ol class=\"results\">");
        for (Hit hit : hits) {
            Testimony t = hit.t();
            h.raw("<li>")
                    .open("a")
                    .attr("href", "/cases/" + t.id())
                    .attr("class", "hit")
                    .gt()
                    .text(t.id())
                    .close("a");
            h.el(
                    "span",
                    "meta",
                    (t.sourceId() == null ? "" : t.sourceId()) + (t.firstYear() == null ? "" : " · " + t.firstYear()));
            h.raw("</li>");
        }
        h.raw("</ol>");
    }
}
