package org.uncounted.app.web.cases;

import java.util.List;
import java.util.Optional;

/** The gazetteer as the web layer uses it: look up by id, and suggest places from typed Hangul/Hanzi/Latin. */
public interface PlaceDirectory {
    /**
     * A place: its gazetteer id, names in three scripts (any may be null), its country ({@code KP} or
     * {@code CN}) and the id of its map feature (a DPRK province name or a Chinese prefecture code, as in the
     * shipped GeoJSON), or null when the map cannot show it.
     */
    record PlaceInfo(String id, String hangul, String hanzi, String latin, String country, String mapFeature) {
        /** A label in the order the locale prefers, e.g. "회령 · 會寧 · Hoeryong". */
        public String label(boolean koreanFirst) {
            StringBuilder b = new StringBuilder();
            for (String n : koreanFirst ? new String[] {hangul, hanzi, latin} : new String[] {latin, hangul, hanzi}) {
                if (n != null && !n.isBlank()) {
                    b.append(b.length() == 0 ? "" : " · ").append(n);
                }
            }
            return b.length() == 0 ? id : b.toString();
        }
    }

    Optional<PlaceInfo> find(String id);

    /** Up to {@code limit} places whose names start with or contain {@code typed}, best first. */
    List<PlaceInfo> suggest(String typed, int limit);
}
