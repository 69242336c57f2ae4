package org.uncounted.model.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A place in the gazetteer, with its names in every script and romanisation sources use.
 *
 * <p>{@code hangul} is the name as written in the place's own country (for Chinese places the ROK
 * standard transliteration, e.g. 옌지), {@code hanzi} is Hanja for Korean places and simplified
 * Hanzi for Chinese ones, {@code koreanReading} the Sino-Korean reading of a Chinese name (연길).
 * Absent names are empty strings, never null; {@code parentId} is null only for countries. {@code
 * countryCode} is the ISO 3166-1 alpha-2 code of the country the place is in. Coordinates are an
 * approximate centroid (degrees, WGS 84).
 */
public record Place(
        String id,
        PlaceLevel level,
        String parentId,
        String englishName,
        String hangul,
        String hanzi,
        String pinyin,
        String revisedRomanization,
        String mccuneReischauer,
        String koreanReading,
        List<String> otherNames,
        String countryCode,
        String iso3166_2,
        String gbt2260,
        double latitude,
        double longitude) {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        if ((parentId == null) != (level == PlaceLevel.COUNTRY)) {
            throw new IllegalArgumentException("place " + id + ": only countries have no parent");
        }
        englishName = Objects.requireNonNullElse(englishName, "");
        hangul = Objects.requireNonNullElse(hangul, "");
        hanzi = Objects.requireNonNullElse(hanzi, "");
        pinyin = Objects.requireNonNullElse(pinyin, "");
        revisedRomanization = Objects.requireNonNullElse(revisedRomanization, "");
        mccuneReischauer = Objects.requireNonNullElse(mccuneReischauer, "");
        koreanReading = Objects.requireNonNullElse(koreanReading, "");
        otherNames = List.copyOf(otherNames);
        countryCode = Objects.requireNonNull(countryCode, "countryCode");
        iso3166_2 = Objects.requireNonNullElse(iso3166_2, "");
        gbt2260 = Objects.requireNonNullElse(gbt2260, "");
    }

    /** Every non-empty name form: English, Hangul, Hanzi, pinyin, RR, MR, Korean reading, others. */
    public List<String> allNames() {
        List<String> names = new ArrayList<>();
        for (String n :
                List.of(englishName, hangul, hanzi, pinyin, revisedRomanization, mccuneReischauer, koreanReading)) {
            if (!n.isEmpty()) {
                names.add(n);
            }
        }
        names.addAll(otherNames);
        return names;
    }

    /** {@code Yanji (CN-222401)}: the id and English name, safe to log. */
    @Override
    public String toString() {
        return englishName + " (" + id + ")";
    }
}
