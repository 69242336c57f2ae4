package org.uncounted.app.web.estimates;

import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uncounted.app.web.auth.Permission;
import org.uncounted.app.web.auth.WebUser;
import org.uncounted.app.web.cases.Vocab;
import org.uncounted.app.web.http.Html;
import org.uncounted.app.web.http.Layout;
import org.uncounted.app.web.http.NotFoundException;
import org.uncounted.app.web.http.Req;
import org.uncounted.app.web.jobs.JobRunner;
import org.uncounted.figures.Share;

/**
 * The estimates page and its chart data. Charts are drawn by ECharts in the browser from
 * {@code /api/charts/<name>}; labels come localized. For roles that may not read identifying content,
 * the count tables (source overlap, spell durations) pass through {@link DisclosedCounts} first: counts
 * are rounded to a multiple of 5 and cells below 11 (plus complementary cells) are suppressed, shown as
 * {@code null} and "&lt;11", since a small intersection can single a person out.
 */
public final class EstimatesRoutes {
    private final EstimatesService estimates;
    private final JobRunner jobs;
    private final int replicates;

    public EstimatesRoutes(EstimatesService estimates, JobRunner jobs, int replicates) {
        this.estimates = estimates;
        this.jobs = jobs;
        this.replicates = replicates;
    }

    public JobRunner.Job startBootstrap(WebUser u) {
        return jobs.submit("bootstrap", p -> estimates.runEstimates(p, replicates));
    }

    public void register(RoutesConfig r) {
        r.get("/estimates", ctx -> {
            Req req = Req.of(ctx);
            req.require(Permission.READ_AGGREGATES);
            ctx.html(page(req));
        });
        r.post("/estimates/run", ctx -> {
            WebUser u = Req.of(ctx).require(Permission.RUN_JOBS);
            ctx.redirect("/jobs/" + startBootstrap(u).id());
        });
        r.get("/api/estimates", ctx -> {
            Req req = Req.of(ctx);
            req.require(Permission.READ_AGGREGATES);
            ctx.json(Map.of(
                    "estimates",
                    estimateRows(req),
                    "notEstimable",
                    estimates.notEstimable(),
                    "linked",
                    estimates.linked()));
        });
        r.get("/api/charts/{name}", ctx -> {
            Req req = Req.of(ctx);
            req.require(Permission.READ_AGGREGATES);
            ctx.json(
                    switch (ctx.pathParam("name")) {
                        case "estimates" -> estimatesChart(req);
                        case "shares" -> sharesChart(req);
                        case "prices" -> pricesChart(req);
                        case "durations" -> durationsChart(req);
                        case "overlap" -> overlapChart(req);
                        default -> throw new NotFoundException("chart", ctx.pathParam("name"));
                    });
        });
    }

    private String page(Req r) {
        Html h = new Html();
        h.raw("<section class=\"card\">").el("h1", r.t("estimates.title")).el("p", "hint", r.t("estimates.help"));
        if (!estimates.linked()) {
            h.el("p", "unavailable", r.t("estimates.notLinked"));
        }
        if (estimates.estimates().isEmpty()) {
            h.el("p", "unavailable", r.t("estimates.notRun"));
        }
        if (r.may(Permission.RUN_JOBS)) {
            h.open("form")
                    .attr("method", "post")
                    .attr("action", "/estimates/run")
                    .gt();
            Layout.csrf(h, r);
            h.open("button")
                    .attr("id", "run-estimates")
                    .gt()
                    .text(r.t("estimates.run", replicates))
                    .close("button")
                    .close("form");
        }
        chart(h, r, "estimates", "estimates.mse");
        if (!estimates.notEstimable().isEmpty()) {
            h.raw("<details><summary>").text(r.t("estimates.notEstimable")).raw("</summary><ul>");
            estimates.notEstimable().forEach((m, why) -> h.el("li", m + ": " + why));
            h.raw("</ul></details>");
        }
        chart(h, r, "overlap", "estimates.overlap");
        h.raw("<div class=\"grid2\">");
        chart(h, r, "shares", "estimates.shares");
        chart(h, r, "prices", "estimates.prices");
        h.raw("</div>");
        chart(h, r, "durations", "estimates.durations");
        h.raw("</section>");
        return Layout.page(r, "/estimates", r.t("estimates.title"), h, true);
    }

    private static void chart(Html h, Req r, String name, String titleKey) {
        h.raw("<figure>").el("h2", r.t(titleKey));
        h.open("div").attr("class", "chart").attr("id", "chart-" + name).attr("data-chart", name);
        h.attr("data-src", "/api/charts/" + name)
                .attr("role", "img")
                .attr("aria-label", r.t(titleKey))
                .gt()
                .close("div");
        h.raw("</figure>");
    }

    private List<PublicFigures.EstimateRow> estimateRows(Req r) {
        return r.may(Permission.READ_IDENTIFYING)
                ? PublicFigures.exact(estimates.estimates())
                : PublicFigures.disclosed(estimates.estimates());
    }

    private Map<String, Object> estimatesChart(Req r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var e : estimateRows(r)) {
            if (e.suppressed()) {
                continue;
            }
            rows.add(Map.of(
                    "label", r.t("stratum." + e.stratum()) + " · " + e.method(),
                    "estimate", Math.round(e.estimate()),
                    "lower", Math.round(e.lower()),
                    "upper", Math.round(e.upper()),
                    "observed", e.observed()));
        }
        return Map.of("rows", rows, "yLabel", r.t("estimates.persons"), "observedLabel", r.t("estimates.observed"));
    }

    private Map<String, Object> sharesChart(Req r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Share> shares = r.may(Permission.READ_IDENTIFYING)
                ? estimates.shares()
                : PublicFigures.disclosedShares(estimates.shares());
        for (Share s : shares) {
            rows.add(Map.of(
                    "label", r.t(Vocab.EXPLOITATION.labelKey(s.category())),
                    "estimate", s.estimate(),
                    "lower", s.interval().lower(),
                    "upper", s.interval().upper()));
        }
        return Map.of("rows", rows, "yLabel", r.t("estimates.share"));
    }

    private Map<String, Object> pricesChart(Req r) {
        List<String> groups = new ArrayList<>();
        List<double[]> boxes = new ArrayList<>();
        for (var b : PublicFigures.prices(estimates.priceGroups(), r.may(Permission.READ_IDENTIFYING))) {
            groups.add(b.group() + " (n=" + b.n() + ")");
            boxes.add(new double[] {b.p05(), b.q1(), b.median(), b.q3(), b.p95()});
        }
        return Map.of(
                "groups",
                groups,
                "boxes",
                boxes,
                "yLabel",
                r.t("estimates.priceUnit", EstimatesService.PRICE_BASE_YEAR),
                "whiskers",
                r.t("estimates.whiskers"));
    }

    private Map<String, Object> durationsChart(Req r) {
        Map<Integer, Long> d = estimates.durations();
        List<Long> counts = new ArrayList<>(d.values());
        if (!r.may(Permission.READ_IDENTIFYING)) {
            Map<String, Long> byYears = new LinkedHashMap<>();
            d.forEach((y, n) -> byYears.put(Integer.toString(y), n));
            Map<String, Long> published = new DisclosedCounts()
                    .oneWay("spells by length in years", "exploitation spells with a known length", byYears)
                    .publish("web-durations")
                    .getOrDefault("spells by length in years", Map.of());
            counts = new ArrayList<>();
            for (Integer y : d.keySet()) {
                counts.add(published.get(Integer.toString(y)));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("years", List.copyOf(d.keySet()));
        out.put("counts", counts);
        out.put("xLabel", r.t("estimates.years"));
        out.put("yLabel", r.t("estimates.spells"));
        out.put("threshold", DisclosedCounts.THRESHOLD);
        return out;
    }

    private Map<String, Object> overlapChart(Req r) {
        Overlap o = estimates.overlap();
        Map<String, Long> published = r.may(Permission.READ_IDENTIFYING)
                ? null
                : new DisclosedCounts()
                        .captureHistories(
                                "source overlap", "persons seen by the sources", o.sources(), o.patternCounts())
                        .publish("web-overlap")
                        .getOrDefault("source overlap", Map.of());
        List<Map<String, Object>> sets = new ArrayList<>();
        // exact counts order the bars only when exact counts are shown; otherwise pattern order, then
        // the published value, so that the order reveals nothing about a suppressed or rounded cell
        var entries = o.patternCounts().entrySet().stream()
                .sorted((a, b) -> published == null ? Long.compare(b.getValue(), a.getValue()) : 0)
                .toList();
        for (var e : entries) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < o.sources().size(); i++) {
                if ((e.getKey() & (1 << i)) != 0) {
                    members.add(i);
                }
            }
            Long count = published == null ? e.getValue() : published.get(Integer.toString(e.getKey()));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("members", members);
            m.put("count", count);
            m.put("suppressed", count == null);
            sets.add(m);
        }
        if (published != null) {
            // order by what is shown, so the order does not hint at a suppressed cell's size
            sets.sort((a, b) -> Long.compare(shown(b), shown(a)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sources", o.sources());
        out.put("intersections", sets);
        out.put("yLabel", r.t("estimates.persons"));
        out.put("threshold", DisclosedCounts.THRESHOLD);
        out.put("suppressedLabel", r.t("estimates.suppressed", DisclosedCounts.THRESHOLD));
        return out;
    }

    private static long shown(Map<String, Object> set) {
        return set.get("count") instanceof Long n ? n : -1;
    }
}
