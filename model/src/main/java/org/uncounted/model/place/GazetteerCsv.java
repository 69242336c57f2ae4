package org.uncounted.model.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.uncounted.model.internal.ResourceCsv;

/** Loads {@code gazetteer.csv}; a malformed row is a packaging bug (IllegalStateException). */
final class GazetteerCsv {
    private GazetteerCsv() {}

    static List<Place> load() {
        List<Place> places = new ArrayList<>();
        for (ResourceCsv.Row r : ResourceCsv.read(Gazetteer.class, "gazetteer.csv")) {
            try {
                String alt = r.get("alt_names");
                places.add(new Place(
                        r.get("id"),
                        PlaceLevel.valueOf(r.get("level")),
                        r.get("parent").isEmpty() ? null : r.get("parent"),
                        r.get("en"),
                        r.get("hangul"),
                        r.get("hanzi"),
                        r.get("pinyin"),
                        r.get("rr"),
                        r.get("mr"),
                        r.get("ko_reading"),
                        alt.isEmpty() ? List.of() : Arrays.asList(alt.split("\\|")),
                        r.get("iso3166_1"),
                        r.get("iso3166_2"),
                        r.get("gbt2260"),
                        Double.parseDouble(r.get("lat")),
                        Double.parseDouble(r.get("lon"))));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("gazetteer.csv:" + r.line() + ": " + e.getMessage(), e);
            }
        }
        return places;
    }
}
