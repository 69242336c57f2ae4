package org.uncounted.model.place;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Lookup keys for place names, in three tiers of looseness.
 *
 * <ol>
 *   <li>{@link #exact}: NFKD, diacritics dropped (ŏ/ǒ → o, ŭ → u), recomposed (Hangul survives),
 *       lower-cased, everything but letters and digits removed ({@code P'yŏngan-namdo} → {@code
 *       pyongannamdo}).
 *   <li>{@link #stripped}: then generic administrative suffixes removed (Province, City, shi,
 *       sheng, 省, 市, 自治州, 시, 자치주 …, repeatedly), and a direction canonicalised: {@code North
 *       X}, {@code X-pukto}, {@code Xbuk-do}, {@code X북도}, {@code X北道} all become {@code x#n}.
 *   <li>{@link #undirected}: the stripped key without its direction ({@code hamgyong}).
 * </ol>
 */
final class NameKeys {
    private static final List<String> GENERIC = List.of(
            "specialadministrativeregion",
            "autonomousprefecture",
            "autonomousregion",
            "autonomouscounty",
            "metropolitancity",
            "specialcity",
            "capitalcity",
            "municipality",
            "prefecture",
            "province",
            "county",
            "region",
            "city",
            "town",
            "chaoxianzu",
            "zizhizhou",
            "zizhiqu",
            "zizhixian",
            "sheng",
            "xian",
            "zhen",
            "shi",
            "gun",
            "kun",
            "si",
            "特别行政区",
            "特別行政區",
            "特別市",
            "特别市",
            "特級市",
            "直轄市",
            "直辖市",
            "自治区",
            "自治區",
            "自治州",
            "自治县",
            "自治縣",
            "朝鲜族",
            "朝鮮族",
            "壮族",
            "回族",
            "维吾尔",
            "省",
            "市",
            "县",
            "縣",
            "郡",
            "镇",
            "鎮",
            "특별행정구",
            "특별시",
            "특급시",
            "직할시",
            "광역시",
            "자치구",
            "자치주",
            "자치현",
            "조선족",
            "성",
            "시",
            "현",
            "군",
            "진");
    private static final List<String> NORTH_SUFFIX = List.of("pukto", "bukto", "bukdo", "pukdo", "북도", "北道");
    private static final List<String> SOUTH_SUFFIX = List.of("namdo", "남도", "南道");
    private static final List<String> PROVINCE_SUFFIX = List.of("do", "도", "道");

    private NameKeys() {}

    static String exact(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        String recomposed = Normalizer.normalize(sb, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(recomposed.length());
        recomposed.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    static String stripped(String name) {
        String key = stripGeneric(exact(name));
        String direction = "";
        if (key.startsWith("north") && key.length() > 5) {
            direction = "#n";
            key = stripGeneric(key.substring(5));
        } else if (key.startsWith("south") && key.length() > 5) {
            direction = "#s";
            key = stripGeneric(key.substring(5));
        }
        for (String s : NORTH_SUFFIX) {
            if (direction.isEmpty() && key.endsWith(s) && key.length() > s.length()) {
                direction = "#n";
                key = key.substring(0, key.length() - s.length());
            }
        }
        for (String s : SOUTH_SUFFIX) {
            if (direction.isEmpty() && key.endsWith(s) && key.length() > s.length()) {
                direction = "#s";
                key = key.substring(0, key.length() - s.length());
            }
        }
        key = stripOnce(key, PROVINCE_SUFFIX);
        return key + direction;
    }

    static String undirected(String name) {
        String key = stripped(name);
        int hash = key.indexOf('#');
        return hash < 0 ? key : key.substring(0, hash);
    }

    private static String stripGeneric(String key) {
        String previous;
        do {
            previous = key;
            key = stripOnce(key, GENERIC);
        } while (!key.equals(previous));
        return key;
    }

    private static String stripOnce(String key, List<String> suffixes) {
        for (String s : suffixes) {
            if (key.endsWith(s) && key.length() > s.length()) {
                return key.substring(0, key.length() - s.length());
            }
        }
        return key;
    }
}
