package org.uncounted.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.uncounted.linkage.internal.Romanizer;

/**
 * A small, independent generator of noisy records of North Korean women as six kinds of
 * organisation write them, with the truth — for tests and benchmarks of the linkage engine (the
 * {@code simulate} module models the population itself; this models only how names, ages and
 * places get written). Each person has a Hangul name with Hanja, a birth year and a home town; each
 * organisation sees a person with its own probability and writes her in its own script:
 * <ol>
 *   <li>shelter: Hangul, birth year;
 *   <li>interviews: conventional passport spelling (Kim Younghee / Younghee Kim), age + interview year;
 *   <li>media: RR (Gim Yeong-hui) or MR (Kim Yŏng-hŭi), age + year, sometimes Korean age;
 *   <li>repatriation list: Hanzi (金英姬) or pinyin (Jin Yingji), full date of birth;
 *   <li>DPRK-style list: DPRK romanization (Kim Yong Hui), birth year;
 *   <li>church network: Hangul or conventional, birth year ± 1.
 * </ol>
 * Noise: typos, a wrong syllable, missing fields, swapped name order, within-source duplicates.
 * Same seed, same records.
 */
public final class SyntheticKoreanRecords {
    private static final String[][] SURNAMES = {
        {"김", "金", "Kim", "Jin"},
        {"이", "李", "Lee", "Li"},
        {"박", "朴", "Park", "Piao"},
        {"최", "崔", "Choi", "Cui"},
        {"정", "鄭", "Jung", "Zheng"},
        {"강", "姜", "Kang", "Jiang"},
        {"조", "趙", "Cho", "Zhao"},
        {"윤", "尹", "Yoon", "Yin"},
        {"장", "張", "Jang", "Zhang"},
        {"임", "林", "Lim", "Lin"},
        {"한", "韓", "Han", "Han"},
        {"오", "吳", "Oh", "Wu"},
        {"서", "徐", "Seo", "Xu"},
        {"신", "申", "Shin", "Shen"},
        {"권", "權", "Kwon", "Quan"},
        {"황", "黃", "Hwang", "Huang"},
        {"안", "安", "Ahn", "An"},
        {"송", "宋", "Song", "Song"},
        {"전", "全", "Jeon", "Quan"},
        {"홍", "洪", "Hong", "Hong"}
    };
    private static final double[] SURNAME_WEIGHT = {
        21.5, 14.7, 8.4, 4.7, 4.4, 2.4, 2.1, 2.1, 2.0, 1.7, 1.5, 1.5, 1.5, 1.5, 1.4, 1.4, 1.4, 1.4, 1.3, 1.1
    };
    private static final String[][] GIVEN = {
        {"영", "英"},
        {"희", "姬"},
        {"순", "順"},
        {"자", "子"},
        {"숙", "淑"},
        {"미", "美"},
        {"정", "貞"},
        {"옥", "玉"},
        {"경", "京"},
        {"은", "恩"},
        {"혜", "惠"},
        {"선", "善"},
        {"명", "明"},
        {"화", "花"},
        {"춘", "春"},
        {"련", "蓮"},
        {"향", "香"},
        {"실", "實"},
        {"애", "愛"},
        {"수", "秀"},
        {"진", "眞"},
        {"지", "智"},
        {"현", "賢"},
        {"주", "珠"},
        {"금", "錦"},
        {"란", "蘭"},
        {"월", "月"},
        {"복", "福"},
        {"덕", "德"},
        {"성", "星"},
        {"연", "妍"},
        {"아", "娥"},
        {"나", "娜"},
        {"윤", "允"},
        {"하", "夏"},
        {"소", "素"},
        {"민", "敏"},
        {"서", "瑞"},
        {"유", "柔"},
        {"예", "藝"},
        {"빈", "彬"},
        {"인", "仁"},
        {"효", "孝"},
        {"신", "信"},
        {"강", "康"},
        {"분", "粉"},
        {"단", "丹"},
        {"매", "梅"},
        {"청", "淸"},
        {"송", "松"}
    };
    private static final String[][] PLACES = {
        {"혜산", "Hyesan", "Hyesan", "惠山"}, {"무산", "Musan", "Musan", "茂山"}, {"회령", "Hoeryeong", "Hoeryŏng", "會寧"},
        {"청진", "Cheongjin", "Ch'ŏngjin", "淸津"}, {"온성", "Onseong", "Onsŏng", "穩城"}, {"신의주", "Sinuiju", "Sinŭiju", "新義州"},
        {"함흥", "Hamheung", "Hamhŭng", "咸興"}, {"만포", "Manpo", "Manp'o", "滿浦"}, {"강계", "Ganggye", "Kanggye", "江界"}
    };
    private static final Romanizer RR = new Romanizer(RomanizationSystem.REVISED);
    private static final Romanizer MR = new Romanizer(RomanizationSystem.MCCUNE_REISCHAUER);
    private static final Romanizer NK = new Romanizer(RomanizationSystem.DPRK);
    private static final double[] SEEN = {0.45, 0.35, 0.25, 0.35, 0.3, 0.3};

    /** The records (record_id, source, name, birth_date/birth_year/age/age_at, sex, origin) and the truth. */
    public record Data(List<LinkRecord> records, Map<String, String> truth) {}

    private SyntheticKoreanRecords() {}

    public static Data generate(int persons, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<LinkRecord> records = new ArrayList<>();
        Map<String, String> truth = new LinkedHashMap<>();
        double total = 0;
        for (double w : SURNAME_WEIGHT) total += w;
        int next = 1;
        for (int p = 0; p < persons; p++) {
            double u = rnd.nextDouble() * total;
            int s = 0;
            while (u > SURNAME_WEIGHT[s] && s < SURNAMES.length - 1) u -= SURNAME_WEIGHT[s++];
            int g1 = rnd.nextInt(GIVEN.length), g2 = rnd.nextInt(GIVEN.length);
            Person person = new Person(
                    SURNAMES[s],
                    GIVEN[g1],
                    GIVEN[g2],
                    1960 + rnd.nextInt(36),
                    1 + rnd.nextInt(12),
                    1 + rnd.nextInt(28),
                    PLACES[rnd.nextInt(PLACES.length)]);
            for (int org = 0; org < 6; org++) {
                if (rnd.nextDouble() >= SEEN[org]) continue;
                int copies = rnd.nextDouble() < 0.05 ? 2 : 1;
                for (int c = 0; c < copies; c++) {
                    String id = String.format("R%07d", next++);
                    records.add(new LinkRecord(id, "org" + (org + 1), write(person, org, rnd)));
                    truth.put(id, "W" + p);
                }
            }
        }
        return new Data(records, truth);
    }

    private record Person(String[] surname, String[] g1, String[] g2, int year, int month, int day, String[] place) {
        String hangulGiven() {
            return g1[0] + g2[0];
        }
    }

    private static Map<String, String> write(Person p, int org, SplittableRandom rnd) {
        Map<String, String> f = new HashMap<>();
        String given = p.hangulGiven();
        if (rnd.nextDouble() < 0.04) given = given.charAt(0) + GIVEN[rnd.nextInt(GIVEN.length)][0]; // wrong syllable
        int year = p.year();
        int interview = 2005 + rnd.nextInt(20);
        switch (org) {
            case 0 -> {
                f.put("name", p.surname()[0] + given);
                f.put("birth_year", String.valueOf(year));
                f.put("origin", p.place()[0]);
            }
            case 1 -> {
                String g = conventional(given, rnd);
                f.put("name", rnd.nextDouble() < 0.3 ? g + " " + p.surname()[2] : p.surname()[2] + " " + g);
                putAge(f, year, interview, rnd, false);
                f.put("origin", p.place()[1]);
            }
            case 2 -> {
                boolean mr = rnd.nextBoolean();
                f.put(
                        "name",
                        mr
                                ? MR.personalName(p.surname()[0], given, true)
                                : RR.personalName(p.surname()[0], given, true));
                putAge(f, year, interview, rnd, rnd.nextDouble() < 0.3);
                f.put("origin", mr ? p.place()[2] : p.place()[1]);
            }
            case 3 -> {
                String hanja = p.surname()[1] + p.g1()[1] + p.g2()[1];
                f.put("name", rnd.nextBoolean() ? hanja : pinyin(p));
                f.put("birth_date", String.format("%04d-%02d-%02d", year, p.month(), p.day()));
                f.put("origin", p.place()[3]);
            }
            case 4 -> {
                f.put("name", NK.personalName(p.surname()[0].equals("이") ? "리" : p.surname()[0], given, false));
                f.put("birth_year", String.valueOf(year));
                f.put("origin", p.place()[1]);
            }
            default -> {
                f.put(
                        "name",
                        rnd.nextBoolean() ? p.surname()[0] + given : p.surname()[2] + " " + conventional(given, rnd));
                f.put("birth_year", String.valueOf(year + (rnd.nextDouble() < 0.2 ? rnd.nextInt(3) - 1 : 0)));
                f.put("origin", p.place()[0]);
            }
        }
        f.put("sex", "F");
        if (rnd.nextDouble() < 0.05) f.put("name", typo(f.get("name"), rnd));
        if (rnd.nextDouble() < 0.15) f.remove("origin");
        if (rnd.nextDouble() < 0.08) {
            f.remove("birth_year");
            f.remove("age");
            f.remove("birth_date");
        }
        return f;
    }

    private static void putAge(Map<String, String> f, int year, int at, SplittableRandom rnd, boolean korean) {
        int age = at - year - (rnd.nextBoolean() ? 1 : 0) + (korean ? 1 : 0);
        f.put("age", String.valueOf(age));
        f.put("age_at", String.valueOf(at));
    }

    private static String pinyin(Person p) {
        org.uncounted.linkage.internal.HanReadings h = org.uncounted.linkage.internal.HanReadings.get();
        String g = h.pinyin(p.g1()[1].charAt(0)) + h.pinyin(p.g2()[1].charAt(0));
        return p.surname()[3] + " " + Character.toUpperCase(g.charAt(0)) + g.substring(1);
    }

    /** Passport-style spelling of a given name: Young, Hee, Sook, Jung, Kyung, Hyun, Soon. */
    static String conventional(String given, SplittableRandom rnd) {
        StringBuilder b = new StringBuilder();
        for (char c : given.toCharArray()) {
            String r = RR.syllables(String.valueOf(c), "");
            r = r.replace("yeong", "young").replace("jeong", "jung").replace("gyeong", "kyung");
            r = r.replace("hyeon", "hyun").replace("seon", "sun").replace("eo", "u");
            if (r.endsWith("ui")) r = r.substring(0, r.length() - 2) + "ee";
            if (r.equals("suk") || r.equals("sun")) r = r.replace("u", "oo");
            if (r.startsWith("g") && rnd.nextBoolean()) r = "k" + r.substring(1);
            b.append(b.length() > 0 && rnd.nextDouble() < 0.4 ? "-" : "").append(r);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    private static String typo(String s, SplittableRandom rnd) {
        if (s.length() < 4) return s;
        int i = 1 + rnd.nextInt(s.length() - 2);
        char c = s.charAt(i);
        if (!Character.isLetter(c) || c > 'z') return s;
        return s.substring(0, i) + (char) ('a' + rnd.nextInt(26)) + s.substring(i + 1);
    }
}
