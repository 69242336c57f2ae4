package org.uncounted.simulate.internal;

/**
 * A place of the simulator's own gazetteer.
 *
 * @param code ISO 3166-2:KP, GB/T 2260, or an ISO country code
 * @param level province, prefecture, city or country
 * @param parent code of the enclosing place, empty at the top
 * @param nativeName in the local script (Hanzi in China, Hangul in North Korea)
 * @param romanized pinyin in China, Revised Romanization in Korea
 * @param altRomanized McCune–Reischauer in Korea, the English form in China
 * @param crossReading the Korean reading of a Chinese name (연길), or the Hanja of a Korean name
 * @param neighbour a neighbouring place of the same level, for "wrong neighbour" noise
 */
public record Place(
        String code,
        String level,
        String parent,
        String nativeName,
        String romanized,
        String altRomanized,
        String crossReading,
        String neighbour) {}
