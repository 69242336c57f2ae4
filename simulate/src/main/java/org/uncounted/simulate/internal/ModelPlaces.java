package org.uncounted.simulate.internal;

import java.util.Map;
import org.uncounted.model.event.PlaceRef;
import org.uncounted.model.place.PlaceLevel;

/** Maps the simulator's own place codes onto the model gazetteer's ids (e.g. 222401 → CN-222401). */
final class ModelPlaces {
    private static final Map<String, String> SPECIAL = Map.ofEntries(
            Map.entry("KP-09-CJ", "KP-09-CHONGJIN"),
            Map.entry("KP-09-HR", "KP-09-HOERYONG"),
            Map.entry("KP-09-MS", "KP-09-MUSAN"),
            Map.entry("KP-09-OS", "KP-09-ONSONG"),
            Map.entry("KP-10-HS", "KP-10-HYESAN"),
            Map.entry("KP-08-HH", "KP-08-HAMHUNG"),
            Map.entry("KP-03-SU", "KP-03-SINUIJU"),
            Map.entry("KP-04-MP", "KP-04-MANPO"),
            Map.entry("220000", "CN-JL"),
            Map.entry("210000", "CN-LN"),
            Map.entry("230000", "CN-HL"),
            Map.entry("370000", "CN-SD"),
            Map.entry("130000", "CN-HE"),
            Map.entry("340000", "CN-AH"),
            Map.entry("320000", "CN-JS"),
            Map.entry("410000", "CN-HA"),
            Map.entry("530000", "CN-YN"),
            Map.entry("150000", "CN-NM"),
            Map.entry("310000", "CN-SH"),
            Map.entry("110000", "CN-BJ"));

    private ModelPlaces() {}

    static String id(String code) {
        String s = SPECIAL.get(code);
        if (s != null) return s;
        if (code.matches("\\d{6}")) return "CN-" + code;
        return code;
    }

    static PlaceRef ref(ObservedPlace p) {
        if (p == null) return null;
        Place place = Gazetteer.get(p.code());
        PlaceLevel level = switch (place.level()) {
            case "country" -> PlaceLevel.COUNTRY;
            case "province" -> PlaceLevel.PROVINCE;
            case "prefecture" -> PlaceLevel.PREFECTURE;
            default -> PlaceLevel.COUNTY_CITY;
        };
        return new PlaceRef(id(p.code()), level);
    }
}
