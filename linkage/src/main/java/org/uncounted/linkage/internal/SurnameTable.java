package org.uncounted.linkage.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The curated surname table ({@code surnames.tsv}, sources in its header): every Latin spelling,
 * Hanja and Hangul form of a surname maps to the packed syllable keys of the surnames it may
 * stand for ("lee", "yi", "rhee", "ri", "li" → 이/리; "xu" → 서 or 허).
 */
public final class SurnameTable {
    private static final SurnameTable INSTANCE = load();

    private final Map<String, long[]> byLatin = new HashMap<>();
    private final Map<String, long[]> byHan = new HashMap<>();
    private final Map<String, Long> byHangul = new HashMap<>();

    private SurnameTable() {}

    public static SurnameTable get() {
        return INSTANCE;
    }

    /** Packed surname keys of a folded Latin token, or null if the token is no known surname. */
    public long[] ofLatin(String folded) {
        return byLatin.get(folded);
    }

    /** Packed key of a Han surname (one or two characters), or null if not in the table. */
    public long[] ofHan(String han) {
        return byHan.get(han);
    }

    /** True if the Hangul string is a surname of the table (e.g. 김, 남궁, 리). */
    public boolean isHangulSurname(String hangul) {
        return byHangul.containsKey(hangul);
    }

    private static SurnameTable load() {
        SurnameTable t = new SurnameTable();
        Map<String, LongSet> latin = new HashMap<>();
        Map<String, LongSet> han = new HashMap<>();
        try (InputStream in = SurnameTable.class.getResourceAsStream("/org/uncounted/linkage/surnames.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] cols = line.split("\t");
                String[] forms = cols[0].split("/");
                long key = SyllableKey.ofHangul(forms[0]);
                for (String f : forms) t.byHangul.put(f, key);
                for (String h : cols[1].split(" "))
                    han.computeIfAbsent(h, k -> new LongSet(4)).add(key);
                for (String l : cols[2].split(" "))
                    latin.computeIfAbsent(l, k -> new LongSet(4)).add(key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        latin.forEach((k, v) -> t.byLatin.put(k, v.toSortedArray()));
        han.forEach((k, v) -> t.byHan.put(k, v.toSortedArray()));
        return t;
    }
}
