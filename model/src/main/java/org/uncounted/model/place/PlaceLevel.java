package org.uncounted.model.place;

/**
 * Administrative level of a place, from coarsest to finest. {@link #compareTo} orders coarse
 * before fine, so {@code a.isCoarserThan(b)} is {@code a.ordinal() < b.ordinal()}.
 */
public enum PlaceLevel implements org.uncounted.model.vocab.Vocabulary {
    COUNTRY("country"),
    /** First-level division: DPRK province or special city, Chinese province, region or municipality. */
    PROVINCE("province"),
    /** Chinese prefecture-level city or autonomous prefecture. */
    PREFECTURE("prefecture"),
    /** County, county-level city, district; DPRK city (si) or county (gun). */
    COUNTY_CITY("county_city"),
    /** Town, township, workers' district. */
    TOWNSHIP("township"),
    /** A precise site (a crossing point, a building); never published for places in China. */
    SITE("site");

    private final String code;

    PlaceLevel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isCoarserThan(PlaceLevel other) {
        return ordinal() < other.ordinal();
    }

    /** @throws org.uncounted.model.vocab.UnknownVocabularyValueException for an unknown code */
    public static PlaceLevel fromCode(String code) {
        return org.uncounted.model.vocab.Vocabulary.fromCode(PlaceLevel.class, code);
    }
}
