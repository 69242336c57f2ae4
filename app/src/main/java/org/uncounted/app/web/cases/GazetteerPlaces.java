package org.uncounted.app.web.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.uncounted.model.place.Gazetteer;
import org.uncounted.model.place.Place;
import org.uncounted.model.place.PlaceLevel;

/**
 * The model's gazetteer as a {@link PlaceDirectory}: suggestions match any name form (Hangul, Hanzi, pinyin,
 * romanizations, other names) after the gazetteer's own normalisation; prefix matches rank first. Map
 * features: a DPRK place maps to its province's feature in the shipped GeoJSON, a Chinese one to its
 * prefecture's GB/T 2260 code.
 */
public final class GazetteerPlaces implements PlaceDirectory {
    /** ISO 3166-2:KP → feature name in dprk-provinces.geojson (Rason, Nampo, Kaesong lie inside others). */
    private static final Map<String, String> KP_FEATURES = Map.ofEntries(
            Map.entry("KP-01", "Pyongyang"),
            Map.entry("KP-02", "Pyongannam-do"),
            Map.entry("KP-03", "North Pyongan"),
            Map.entry("KP-04", "Chagang"),
            Map.entry("KP-05", "Hwanghaenam-do"),
            Map.entry("KP-06", "Hwanghaebuk-do"),
            Map.entry("KP-07", "Kangwon-do"),
            Map.entry("KP-08", "Hamgyongnam-do"),
            Map.entry("KP-09", "North Hamgyong"),
            Map.entry("KP-10", "Ryanggang"),
            Map.entry("KP-13", "North Hamgyong"),
            Map.entry("KP-14", "Pyongannam-do"),
            Map.entry("KP-15", "Hwanghaebuk-do"));

    private final Gazetteer gazetteer;

    public GazetteerPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static GazetteerPlaces standard() {
        return new GazetteerPlaces(Gazetteer.standard());
    }

    @Override
    public Optional<PlaceDirectory.PlaceInfo> find(String id) {
        return gazetteer.byId(id).map(this::view);
    }

    /** Latitude and longitude of a place, for map flows. */
    public Optional<double[]> coordinates(String id) {
        return gazetteer.byId(id).map(p -> new double[] {p.latitude(), p.longitude()});
    }

    @Override
    public List<PlaceDirectory.PlaceInfo> suggest(String typed, int limit) {
        String q = typed == null ? "" : Gazetteer.normalise(typed);
        if (q.isEmpty()) {
            return List.of();
        }
        record Hit(Place place, int rank) {}
        List<Hit> hits = new ArrayList<>();
        for (Place p : gazetteer.all()) {
            if (p.level() == PlaceLevel.COUNTRY) {
                continue;
            }
            int best = Integer.MAX_VALUE;
            for (String n : p.allNames()) {
                String k = Gazetteer.normalise(n);
                if (k.startsWith(q)) {
                    best = Math.min(best, 0);
                } else if (k.contains(q)) {
                    best = Math.min(best, 1);
                }
            }
            if (best != Integer.MAX_VALUE) {
                hits.add(new Hit(p, best));
            }
        }
        return hits.stream()
                .sorted(Comparator.comparingInt(Hit::rank)
                        .thenComparing(h -> h.place().level())
                        .thenComparing(h -> h.place().id()))
                .limit(limit)
                .map(h -> view(h.place()))
                .toList();
    }

    private PlaceDirectory.PlaceInfo view(Place p) {
        String latin = p.englishName().isEmpty() ? p.pinyin() : p.englishName();
        return new PlaceDirectory.PlaceInfo(
                p.id(),
                blankToNull(p.hangul()),
                blankToNull(p.hanzi()),
                blankToNull(latin),
                p.countryCode(),
                feature(p));
    }

    private String feature(Place p) {
        if (p.level() == PlaceLevel.COUNTRY) {
            return null;
        }
        if ("KP".equals(p.countryCode())) {
            return KP_FEATURES.get(gazetteer.coarsen(p, PlaceLevel.PROVINCE).iso3166_2());
        }
        if ("CN".equals(p.countryCode()) && p.level() != PlaceLevel.PROVINCE) {
            String gb = gazetteer.coarsen(p, PlaceLevel.PREFECTURE).gbt2260();
            return gb.isEmpty() ? null : gb;
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
