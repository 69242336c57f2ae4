package org.uncounted.linkage.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Korean (Hangul) and toneless Mandarin readings of Han characters, from the resource
 * {@code unihan-korean.tsv} generated from Unihan 15.0.0 (kHangul, kMandarin, kHanyuPinyin,
 * kXHC1983, kTGHZ2013; simplified forms inherit their traditional variant's Hangul readings).
 * Readings are candidate sets: 金 → {금, 김}, 李 → {리, 이}. The reverse map from a pinyin syllable
 * keeps only characters of the Korean education list (flag E) or the Supreme Court list of
 * personal-name Hanja (flag N), the characters Korean names are written with.
 */
public final class HanReadings {
    private static final HanReadings INSTANCE = load();

    private final Map<Character, String[]> hangul = new HashMap<>();
    private final Map<String, int[]> pinyinKeys = new HashMap<>();
    private final Map<Character, String> firstPinyin = new HashMap<>();

    private HanReadings() {}

    public static HanReadings get() {
        return INSTANCE;
    }

    /** True for a CJK unified ideograph (BMP blocks) that this table knows. */
    public boolean isHan(char c) {
        return hangul.containsKey(c);
    }

    /** Hangul readings of one character; empty if unknown. */
    public String[] hangul(char c) {
        String[] r = hangul.get(c);
        return r == null ? new String[0] : r;
    }

    /** The first toneless Mandarin reading of a character (kMandarin), or null. */
    public String pinyin(char c) {
        return firstPinyin.get(c);
    }

    /** Syllable keys of name characters read with this toneless pinyin syllable; null if none. */
    public int[] keysOfPinyin(String syllable) {
        return pinyinKeys.get(syllable);
    }

    /** True if the string is one toneless pinyin syllable known to the table. */
    public boolean isPinyin(String syllable) {
        return pinyinKeys.containsKey(syllable);
    }

    private static HanReadings load() {
        HanReadings t = new HanReadings();
        Map<String, LongSet> rev = new HashMap<>();
        try (InputStream in = HanReadings.class.getResourceAsStream("/org/uncounted/linkage/unihan-korean.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                char ch = cols[0].charAt(0);
                if (cols[0].length() != 1) continue; // supplementary planes: not used in names here
                List<String> readings = new ArrayList<>();
                boolean nameChar = false;
                for (String rd : cols[1].split(" ")) {
                    int colon = rd.indexOf(':');
                    readings.add(rd.substring(0, colon));
                    String flags = rd.substring(colon + 1);
                    if (flags.contains("N") || flags.contains("E")) nameChar = true;
                }
                t.hangul.put(ch, readings.toArray(new String[0]));
                if (!cols[2].isEmpty()) t.firstPinyin.put(ch, cols[2].split(" ")[0]);
                if (!nameChar || cols[2].isEmpty()) continue;
                for (String py : cols[2].split(" ")) {
                    LongSet keys = rev.computeIfAbsent(py, k -> new LongSet(8));
                    for (String h : readings) keys.add(SyllableKey.of(h.charAt(0)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rev.forEach((py, set) -> {
            long[] ks = set.toSortedArray();
            int[] out = new int[ks.length];
            for (int i = 0; i < ks.length; i++) out[i] = (int) ks[i];
            t.pinyinKeys.put(py, out);
        });
        return t;
    }
}
