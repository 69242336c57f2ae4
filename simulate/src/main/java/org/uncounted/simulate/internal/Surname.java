package org.uncounted.simulate.internal;

import java.util.List;

/**
 * A Korean surname with its written forms.
 *
 * @param hangul South Korean spelling (이, 임, 유, 노)
 * @param hangulNk North Korean spelling without the initial-sound rule (리, 림, 류, 로); equal
 *     to {@code hangul} when they do not differ
 * @param hanja the Chinese character
 * @param common the most common English-style spelling (Kim, Lee, Park)
 * @param variants other spellings seen in documents (Gim, Yi, Rhee, Pak, Bak)
 * @param rr Revised Romanization
 * @param mr McCune–Reischauer (with apostrophes and breves)
 * @param mrNk McCune–Reischauer of the North Korean spelling (Ri, Rim, Ryu, Ro)
 * @param pinyin Mandarin reading of the Hanja
 * @param weight relative frequency
 */
public record Surname(
        String hangul,
        String hangulNk,
        String hanja,
        String common,
        List<String> variants,
        String rr,
        String mr,
        String mrNk,
        String pinyin,
        double weight) {}
