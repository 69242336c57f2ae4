package org.uncounted.app.web.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.uncounted.model.SensitiveText;

/**
 * Synthetic testimonies for demonstrations, browser tests and load benchmarks (never real people): persons
 * drawn with a seed, each documented by one to three of four organisations, so that the same person appears
 * under slightly different records (name in another script, birth year off by one) and linkage has real
 * work. Narratives are in Korean, Chinese or English.
 */
public final class SyntheticCases {
    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"};
    private static final String[] GIVEN = {"순희", "영자", "명숙", "은정", "미란", "옥순", "정희", "금순", "혜영", "춘화", "선옥", "경희"};
    private static final String[] HANJA_SURNAMES = {"金", "李", "朴", "崔", "鄭", "姜", "趙", "尹", "張", "林"};
    private static final String[] ORIGINS = {
        "KP-09-HOERYONG",
        "KP-09-MUSAN",
        "KP-09-CHONGJIN",
        "KP-10",
        "KP-08-HAMHUNG",
        "KP-03-SINUIJU",
        "KP-04-MANPO",
        "KP-02"
    };
    private static final String[] DESTINATIONS = {
        "CN-222400", "CN-210100", "CN-222400", "CN-220100", "CN-230100", "CN-370200"
    };
    private static final String[] SOURCES = {"NGO-A", "NGO-B", "Shelter-C", "Survey-D"};
    private static final String[] TYPES = {
        "forced_marriage", "forced_marriage", "forced_marriage", "prostitution", "cybersex", "forced_labour"
    };
    private static final String[] NARRATIVES = {
        "ko:%s에서 브로커를 따라 두만강을 건넜다. 연길에서 농촌 남성에게 팔려 여러 해 동안 강제 결혼 생활을 했다.",
        "ko:%s 출신. 일자리를 준다는 말에 속아 중국으로 갔고 노래방에서 일하도록 강요당했다.",
        "zh:她从%s过江后被中介卖给一个农村男人，在那里生活了好几年。",
        "en:She left %s with a broker who promised work in China, was sold to a farmer and later escaped to a church shelter.",
    };

    private SyntheticCases() {}

    /** {@code persons} synthetic persons (about 1.6 records each), ids from {@code repo}, same seed same cases. */
    public static List<Testimony> generate(int persons, long seed, CaseRepository repo, PlaceDirectory places) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Testimony> out = new ArrayList<>();
        for (int p = 0; p < persons; p++) {
            int s = rnd.nextInt(SURNAMES.length);
            String name = SURNAMES[s] + GIVEN[rnd.nextInt(GIVEN.length)];
            String hanja = HANJA_SURNAMES[s];
            int birth = 1970 + rnd.nextInt(30);
            String origin = ORIGINS[rnd.nextInt(ORIGINS.length)];
            int crossing = Math.min(2024, birth + 16 + rnd.nextInt(15));
            String dest = DESTINATIONS[rnd.nextInt(DESTINATIONS.length)];
            String type = TYPES[rnd.nextInt(TYPES.length)];
            int years = rnd.nextInt(12);
            long price = (type.equals("forced_marriage") ? 5000 : 3000) + 1000L * rnd.nextInt(20);
            int records = 1 + (rnd.nextDouble() < 0.45 ? 1 : 0) + (rnd.nextDouble() < 0.15 ? 1 : 0);
            int first = rnd.nextInt(SOURCES.length);
            String narrative = NARRATIVES[rnd.nextInt(NARRATIVES.length)];
            String originName = places.find(origin)
                    .map(x -> narrative.startsWith("ko")
                            ? x.hangul()
                            : narrative.startsWith("zh") ? x.hanzi() : x.latin())
                    .orElse(origin);
            for (int r = 0; r < records; r++) {
                boolean variant = r > 0 && rnd.nextDouble() < 0.5;
                String source = SOURCES[(first + r) % SOURCES.length];
                var person = new Testimony.Person(
                        SensitiveText.of(name),
                        SensitiveText.of(hanja),
                        variant ? birth + (rnd.nextBoolean() ? 1 : -1) : birth,
                        origin);
                var sale = new Testimony.Sale(
                        crossing,
                        dest,
                        type.equals("forced_marriage") ? "to_husband" : "to_broker",
                        BigDecimal.valueOf(price),
                        "CNY");
                Integer end = crossing + years > 2025 ? null : crossing + years;
                var spell = new Testimony.Spell(type, dest, crossing, end);
                var exit = new Testimony.Exit(end == null ? null : "free", end, null);
                out.add(new Testimony(
                        repo.nextId(),
                        Testimony.Status.RECORDED,
                        source,
                        new Testimony.Consent(true, Set.of("store", "analyse"), "oral"),
                        person,
                        new Testimony.Crossing(crossing, null, origin.startsWith("KP-09") ? "KP-09" : null),
                        List.of(sale),
                        List.of(spell),
                        exit,
                        SensitiveText.of(String.format(narrative.substring(3), originName)),
                        narrative.substring(0, 2),
                        "synthetic",
                        Instant.EPOCH));
            }
        }
        return out;
    }
}
