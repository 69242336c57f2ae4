package org.uncounted.simulate.internal;

import java.util.List;

/**
 * A syllable of a Korean given name with its written forms.
 *
 * @param hangul South Korean spelling
 * @param hangulNk North Korean spelling in first position (련 for 연), else equal to hangul
 * @param rr Revised Romanization
 * @param mrInitial McCune–Reischauer in first position (Kyŏng, Chŏng)
 * @param mrMedial McCune–Reischauer in second position, voiced after a vowel (gyŏng, jŏng)
 * @param adhoc English-style spellings seen in documents (Young, Yong; hee, hi)
 * @param hanja possible characters
 * @param pinyin Mandarin readings of {@code hanja}, index for index
 * @param firstWeight frequency in first position
 * @param secondWeight frequency in second position
 */
public record Syllable(
        String hangul,
        String hangulNk,
        String rr,
        String mrInitial,
        String mrMedial,
        List<String> adhoc,
        List<String> hanja,
        List<String> pinyin,
        double firstWeight,
        double secondWeight) {}
