package org.uncounted.simulate.internal;

/**
 * The fixed attributes of one simulated woman.
 *
 * @param index her 0-based index in the population (person id P + index)
 * @param birthMonth month index of her birth
 * @param origin ISO 3166-2:KP code of her home province
 * @param originCity gazetteer code of her home city or county, or the province code
 * @param education education level label
 * @param visibility the person-level visibility trait eta ~ N(0,1) shared by all lists
 * @param name her true name and its written forms
 * @param alias the Chinese alias she uses in China
 */
public record Woman(
        long index,
        int birthMonth,
        String origin,
        String originCity,
        String education,
        double visibility,
        KoreanName name,
        ChineseAlias alias) {

    public String personId() {
        return String.format("P%07d", index + 1);
    }

    /** Age in completed years at month {@code m}. */
    public int ageAt(int m) {
        return Math.floorDiv(m - birthMonth, 12);
    }

    public int birthYear() {
        return Months.year(birthMonth);
    }
}
