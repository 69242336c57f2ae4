package org.uncounted.app.web.http;

import org.uncounted.app.web.auth.Permission;

/** The page chrome: head (local scripts and styles only), navigation by permission, locale switch. */
public final class Layout {
    private record Nav(String key, String href, Permission needs) {}

    private static final Nav[] NAV = {
        new Nav("nav.cases", "/cases", Permission.READ_IDENTIFYING),
        new Nav("nav.intake", "/intake", Permission.RECORD_CASES),
        new Nav("nav.search", "/search", Permission.READ_IDENTIFYING),
        new Nav("nav.review", "/review", Permission.REVIEW_LINKS),
        new Nav("nav.estimates", "/estimates", Permission.READ_AGGREGATES),
        new Nav("nav.map", "/map", Permission.READ_AGGREGATES),
        new Nav("nav.jobs", "/jobs", Permission.RUN_JOBS),
    };

    private Layout() {}

    /** A full page around {@code body}; {@code charts} adds ECharts. */
    public static String page(Req r, String path, String title, Html body, boolean charts) {
        Html h = new Html();
        h.raw("<!doctype html>")
                .open("html")
                .attr("lang", r.msg().locale().getLanguage())
                .gt();
        h.raw("<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        h.raw("<meta name=\"htmx-config\" content='{\"includeIndicatorStyles\":false,\"allowEval\":false}'>");
        h.el("title", title + " · Uncounted");
        h.raw("<link rel=\"stylesheet\" href=\"/static/css/app.css\">");
        h.raw("<script src=\"/static/vendor/htmx.min.js\" defer></script>");
        if (charts) {
            h.raw("<script src=\"/static/vendor/echarts.min.js\" defer></script>");
        }
        h.raw("<script src=\"/static/js/app.js\" defer></script></head>");
        h.open("body")
                .attr("hx-headers", "{\"X-CSRF-Token\":\"" + r.csrfToken() + "\"}")
                .gt();
        header(h, r, path);
        h.raw("<main id=\"main\">").raw(body.toString()).raw("</main></body></html>");
        return h.toString();
    }

    private static void header(Html h, Req r, String path) {
        h.raw("<header class=\"top\"><a class=\"brand\" href=\"/\">Uncounted</a><nav>");
        for (Nav n : NAV) {
            if (r.may(n.needs())) {
                h.open("a").attr("href", n.href()).attr("class", path.startsWith(n.href()) ? "active" : null);
                h.attr("id", n.key().replace('.', '-')).gt().text(r.t(n.key())).close("a");
            }
        }
        h.raw("</nav><div class=\"tools\">");
        h.open("form")
                .attr("method", "post")
                .attr("action", "/locale")
                .attr("class", "locale")
                .gt();
        csrf(h, r);
        h.open("input")
                .attr("type", "hidden")
                .attr("name", "return")
                .attr("value", path)
                .gt();
        h.open("button")
                .attr("name", "lang")
                .attr("value", "en")
                .attr("id", "lang-en")
                .gt()
                .text("English")
                .close("button");
        h.open("button")
                .attr("name", "lang")
                .attr("value", "ko")
                .attr("id", "lang-ko")
                .attr("lang", "ko")
                .gt();
        h.text("한국어").close("button").close("form");
        r.user().ifPresent(u -> {
            h.open("span")
                    .attr("class", "who")
                    .gt()
                    .text(u.username() + " · " + r.t("role." + u.role().name()));
            h.close("span");
            h.open("form").attr("method", "post").attr("action", "/logout").gt();
            csrf(h, r);
            h.open("button")
                    .attr("id", "logout")
                    .gt()
                    .text(r.t("nav.logout"))
                    .close("button")
                    .close("form");
        });
        h.raw("</div></header>");
    }

    /** The hidden CSRF field every form carries. */
    public static void csrf(Html h, Req r) {
        h.open("input")
                .attr("type", "hidden")
                .attr("name", "_csrf")
                .attr("value", r.csrfToken())
                .gt();
    }
}
