package org.uncounted.app.web.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Navigation markup by (language, permitted links, active path): the same few strings on every page. */
    private static final Map<String, String> NAV_CACHE = new ConcurrentHashMap<>();

    private static final int NAV_CACHE_MAX = 1024;

    private Layout() {}

    /** A full page around {@code body}; {@code charts} adds ECharts. */
    public static String page(Req r, String path, String title, Html body, boolean charts) {
        Html h = start(r, path, title, charts, body.length());
        h.raw(body);
        return finish(h);
    }

    /**
     * The chrome up to the opening {@code <main>}, in a builder with room for {@code bodyChars} more: write
     * the body into it and close it with {@link #finish}, so a page is built in one buffer, not copied from a
     * second one.
     */
    public static Html start(Req r, String path, String title, boolean charts, int bodyChars) {
        Html h = new Html(bodyChars + 3072);
        h.raw("<!doctype html>")
                .open("html")
                .attr("lang", r.msg().locale().getLanguage())
                .gt();
        h.raw("<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        h.raw("<meta name=\"htmx-config\" content='{\"includeIndicatorStyles\":false,\"allowEval\":false}'>");
        h.tag("title").text(title).raw(" · Uncounted").close("title");
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
        h.raw("<main id=\"main\">");
        return h;
    }

    /** Closes a page begun with {@link #start}. */
    public static String finish(Html page) {
        return page.raw("</main></body></html>").toString();
    }

    private static void header(Html h, Req r, String path) {
        h.raw(nav(r, path));
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
        h.raw("<button name=\"lang\" value=\"en\" id=\"lang-en\">English</button>");
        h.raw("<button name=\"lang\" value=\"ko\" id=\"lang-ko\" lang=\"ko\">한국어</button></form>");
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

    /** The brand and the links this user may follow, up to the tools' opening tag (no per-session content). */
    private static String nav(Req r, String path) {
        int permitted = 0;
        for (int i = 0; i < NAV.length; i++) {
            if (r.may(NAV[i].needs())) {
                permitted |= 1 << i;
            }
        }
        String key = r.msg().locale().getLanguage() + ':' + permitted + ':' + path;
        String cached = NAV_CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Html h = new Html(1024);
        h.raw("<header class=\"top\"><a class=\"brand\" href=\"/\">Uncounted</a><nav>");
        for (int i = 0; i < NAV.length; i++) {
            if ((permitted & (1 << i)) != 0) {
                Nav n = NAV[i];
                h.open("a").attr("href", n.href()).attr("class", path.startsWith(n.href()) ? "active" : null);
                h.attr("id", n.key().replace('.', '-')).gt().text(r.t(n.key())).close("a");
            }
        }
        h.raw("</nav><div class=\"tools\">");
        String markup = h.toString();
        if (NAV_CACHE.size() < NAV_CACHE_MAX) {
            NAV_CACHE.putIfAbsent(key, markup);
        }
        return markup;
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
