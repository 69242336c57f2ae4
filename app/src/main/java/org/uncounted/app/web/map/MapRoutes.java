package org.uncounted.app.web.map;

import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.uncounted.app.web.auth.Permission;
import org.uncounted.app.web.cases.CaseRepository;
import org.uncounted.app.web.cases.GazetteerPlaces;
import org.uncounted.app.web.cases.Testimony;
import org.uncounted.app.web.estimates.DisclosedCounts;
import org.uncounted.app.web.http.Html;
import org.uncounted.app.web.http.Layout;
import org.uncounted.app.web.http.Req;

/**
 * The map: cases by province of origin in North Korea and by prefecture of exploitation in China, and the
 * flows from one to the other, drawn by ECharts over boundaries shipped with the application (no tile
 * server: a researcher's map views never leave this machine). For roles that may not read identifying
 * content, the three count tables (origins, destinations, flows) pass together through {@link
 * DisclosedCounts}: rounded to multiples of 5, cells below 11 and their complements suppressed (regions
 * shown as {@code null}, suppressed flows left out).
 */
public final class MapRoutes {
    private final CaseRepository repo;
    private final GazetteerPlaces places;

    public MapRoutes(CaseRepository repo, GazetteerPlaces places) {
        this.repo = repo;
        this.places = places;
    }

    public void register(RoutesConfig r) {
        r.get("/map", ctx -> {
            Req req = Req.of(ctx);
            req.require(Permission.READ_AGGREGATES);
            Html h = new Html();
            h.raw("<section class=\"card\">").el("h1", req.t("map.title")).el("p", "hint", req.t("map.help"));
            h.open("div").attr("class", "chart tall").attr("id", "chart-map").attr("data-chart", "map");
            h.attr("data-src", "/api/map")
                    .attr("role", "img")
                    .attr("aria-label", req.t("map.title"))
                    .gt()
                    .close("div");
            h.raw("</section>");
            ctx.html(Layout.page(req, "/map", req.t("map.title"), h, true));
        });
        r.get("/api/map", ctx -> {
            Req req = Req.of(ctx);
            req.require(Permission.READ_AGGREGATES);
            ctx.json(data(req, !req.may(Permission.READ_IDENTIFYING)));
        });
    }

    private Map<String, Object> data(Req req, boolean suppress) {
        Map<String, Long> origins = new TreeMap<>();
        Map<String, Long> destinations = new TreeMap<>();
        Map<String, Long> flows = new TreeMap<>();
        repo.forEachRecorded(t -> {
            String origin = t.person().originPlace();
            Optional<String> dest = t.spells().stream()
                    .map(Testimony.Spell::place)
                    .filter(p -> p != null)
                    .findFirst()
                    .or(() -> t.sales().stream()
                            .map(Testimony.Sale::place)
                            .filter(p -> p != null)
                            .findFirst());
            feature(origin).ifPresent(f -> origins.merge(f, 1L, Long::sum));
            t.spells().stream()
                    .map(Testimony.Spell::place)
                    .filter(p -> p != null)
                    .distinct()
                    .forEach(p -> feature(p).ifPresent(f -> destinations.merge(f, 1L, Long::sum)));
            if (origin != null && dest.isPresent()) {
                flows.merge(origin + ">" + dest.get(), 1L, Long::sum);
            }
        });
        if (suppress) {
            Map<String, Map<String, Long>> published = new DisclosedCounts()
                    .oneWay("cases by origin", "cases with a mapped origin", origins)
                    .oneWay("cases by destination", "case-destination pairs", destinations)
                    .oneWay("cases by flow", "cases with a known origin and destination", flows)
                    .publish("web-map");
            replace(origins, published.get("cases by origin"));
            replace(destinations, published.get("cases by destination"));
            replace(flows, published.get("cases by flow"));
        }
        List<Map<String, Object>> regions = new ArrayList<>();
        origins.forEach((f, n) -> regions.add(region(f, n, "origin")));
        destinations.forEach((f, n) -> regions.add(region(f, n, "destination")));
        List<Map<String, Object>> lines = new ArrayList<>();
        flows.forEach((k, n) -> {
            if (n == null) {
                return;
            }
            String[] ends = k.split(">", 2);
            var from = places.coordinates(ends[0]);
            var to = places.coordinates(ends[1]);
            if (from.isPresent() && to.isPresent()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("coords", List.of(List.of(from.get()[1], from.get()[0]), List.of(to.get()[1], to.get()[0])));
                m.put("value", n);
                m.put("name", label(req, ends[0]) + " → " + label(req, ends[1]));
                lines.add(m);
            }
        });
        return Map.of(
                "regions",
                regions,
                "flows",
                lines,
                "countLabel",
                req.t("map.cases"),
                "suppressedLabel",
                req.t("estimates.suppressed", DisclosedCounts.THRESHOLD),
                "threshold",
                DisclosedCounts.THRESHOLD);
    }

    private String label(Req req, String id) {
        return places.find(id)
                .map(p -> p.label("ko".equals(req.msg().locale().getLanguage())))
                .orElse(id);
    }

    /** Replaces each count by its published value ({@code null} when suppressed). */
    private static void replace(Map<String, Long> counts, Map<String, Long> published) {
        if (published != null) {
            counts.replaceAll((k, n) -> published.get(k));
        }
    }

    private static Map<String, Object> region(String feature, Long n, String kind) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", feature);
        m.put("value", n);
        m.put("kind", kind);
        return m;
    }

    private Optional<String> feature(String placeId) {
        return placeId == null ? Optional.empty() : places.find(placeId).map(p -> p.mapFeature());
    }
}
