package org.uncounted.simulate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulator's own tables of Korean surnames, given-name syllables and Chinese aliases.
 *
 * <p>Deliberately independent of the linkage module's romanizers: the simulator is the test oracle
 * for the linker, so its spellings come from these hand-written tables (documented in
 * docs/methods/simulation.md), not from the code under test. Surname weights approximate the South
 * Korean 2015 census shares (per cent); syllable weights are our assumption (grade D) for names of
 * North Korean women born 1950–2010.
 */
public final class NameTables {
    private NameTables() {}

    static final List<Surname> SURNAMES = List.of(
            s("김", "김", "金", "Kim", "Gim,Kym", "Gim", "Kim", "Kim", "Jin", 21.5),
            s("이", "리", "李", "Lee", "Yi,Rhee,Ri,Li,I", "I", "Yi", "Ri", "Li", 14.7),
            s("박", "박", "朴", "Park", "Pak,Bak,Bark", "Bak", "Pak", "Pak", "Piao", 8.4),
            s("최", "최", "崔", "Choi", "Choe,Chey", "Choe", "Ch'oe", "Ch'oe", "Cui", 4.7),
            s("정", "정", "鄭", "Jung", "Jeong,Chung,Chong", "Jeong", "Chŏng", "Chŏng", "Zheng", 4.3),
            s("강", "강", "姜", "Kang", "Gang", "Gang", "Kang", "Kang", "Jiang", 2.4),
            s("조", "조", "趙", "Cho", "Jo,Joe", "Jo", "Cho", "Cho", "Zhao", 2.1),
            s("윤", "윤", "尹", "Yoon", "Yun", "Yun", "Yun", "Yun", "Yin", 2.0),
            s("장", "장", "張", "Jang", "Chang", "Jang", "Chang", "Chang", "Zhang", 2.0),
            s("임", "림", "林", "Lim", "Im,Rim,Leem", "Im", "Im", "Rim", "Lin", 1.7),
            s("한", "한", "韓", "Han", "", "Han", "Han", "Han", "Han", 1.5),
            s("오", "오", "吳", "Oh", "O", "O", "O", "O", "Wu", 1.5),
            s("서", "서", "徐", "Seo", "Suh,So", "Seo", "Sŏ", "Sŏ", "Xu", 1.4),
            s("신", "신", "申", "Shin", "Sin", "Sin", "Sin", "Sin", "Shen", 1.4),
            s("권", "권", "權", "Kwon", "Gwon", "Gwon", "Kwŏn", "Kwŏn", "Quan", 1.4),
            s("황", "황", "黃", "Hwang", "", "Hwang", "Hwang", "Hwang", "Huang", 1.4),
            s("안", "안", "安", "Ahn", "An", "An", "An", "An", "An", 1.3),
            s("송", "송", "宋", "Song", "", "Song", "Song", "Song", "Song", 1.3),
            s("전", "전", "全", "Jeon", "Chun,Jun,Chon", "Jeon", "Chŏn", "Chŏn", "Quan", 1.1),
            s("홍", "홍", "洪", "Hong", "", "Hong", "Hong", "Hong", "Hong", 1.1),
            s("유", "류", "柳", "Yoo", "Yu,Ryu,Ryoo", "Yu", "Yu", "Ryu", "Liu", 0.9),
            s("고", "고", "高", "Ko", "Go,Koh", "Go", "Ko", "Ko", "Gao", 0.9),
            s("문", "문", "文", "Moon", "Mun", "Mun", "Mun", "Mun", "Wen", 0.9),
            s("양", "량", "梁", "Yang", "Ryang", "Yang", "Yang", "Ryang", "Liang", 0.9),
            s("손", "손", "孫", "Son", "Sohn", "Son", "Son", "Son", "Sun", 0.9),
            s("배", "배", "裵", "Bae", "Pae", "Bae", "Pae", "Pae", "Pei", 0.8),
            s("백", "백", "白", "Baek", "Paik,Paek,Back", "Baek", "Paek", "Paek", "Bai", 0.7),
            s("허", "허", "許", "Heo", "Huh,Hur,Ho", "Heo", "Hŏ", "Hŏ", "Xu", 0.6),
            s("남", "남", "南", "Nam", "", "Nam", "Nam", "Nam", "Nan", 0.5),
            s("노", "로", "盧", "Roh", "Noh,No,Ro", "No", "No", "Ro", "Lu", 0.4),
            s("하", "하", "河", "Ha", "", "Ha", "Ha", "Ha", "He", 0.4),
            s("차", "차", "車", "Cha", "", "Cha", "Ch'a", "Ch'a", "Che", 0.4),
            s("지", "지", "池", "Ji", "Chi", "Ji", "Chi", "Chi", "Chi", 0.3));

    static final List<Syllable> SYLLABLES = List.of(
            y("영", "영", "yeong", "Yŏng", "yŏng", "young,yong,yeong", "英,永,榮", "ying,yong,rong", 10, 3),
            y("희", "희", "hui", "Hŭi", "hŭi", "hee,hi,hui", "姬,熙,喜", "ji,xi,xi", 0, 12),
            y("순", "순", "sun", "Sun", "sun", "soon,sun", "順,淳", "shun,chun", 6, 5),
            y("명", "명", "myeong", "Myŏng", "myŏng", "myung,myoung,myong", "明", "ming", 5, 1),
            y("정", "정", "jeong", "Chŏng", "jŏng", "jung,jeong,chung", "貞,正,晶", "zhen,zheng,jing", 6, 3),
            y("은", "은", "eun", "Ŭn", "ŭn", "eun,un", "恩,銀", "en,yin", 6, 1),
            y("미", "미", "mi", "Mi", "mi", "mi,mee", "美", "mei", 5, 2),
            y("옥", "옥", "ok", "Ok", "ok", "ok,ock", "玉", "yu", 4, 6),
            y("금", "금", "geum", "Kŭm", "gŭm", "keum,kum,geum", "金,錦", "jin,jin", 4, 1),
            y("춘", "춘", "chun", "Ch'un", "ch'un", "choon,chun", "春", "chun", 3, 1),
            y("숙", "숙", "suk", "Suk", "suk", "sook,suk", "淑", "shu", 0, 6),
            y("혜", "혜", "hye", "Hye", "hye", "hye,hae,hyea", "惠,慧", "hui,hui", 4, 1),
            y("선", "선", "seon", "Sŏn", "sŏn", "sun,seon,son", "善,仙", "shan,xian", 3, 3),
            y("지", "지", "ji", "Chi", "ji", "ji,jee,chi", "智,知", "zhi,zhi", 3, 1),
            y("현", "현", "hyeon", "Hyŏn", "hyŏn", "hyun,hyeon,hyon", "賢,炫", "xian,xuan", 2, 4),
            y("진", "진", "jin", "Chin", "jin", "jin,jean,chin", "眞,珍", "zhen,zhen", 2, 4),
            y("아", "아", "a", "A", "a", "ah,a", "娥,雅", "e,ya", 0, 3),
            y("란", "란", "ran", "Ran", "ran", "ran,lan", "蘭", "lan", 0, 3),
            y("향", "향", "hyang", "Hyang", "hyang", "hyang", "香", "xiang", 2, 2),
            y("경", "경", "gyeong", "Kyŏng", "gyŏng", "kyung,kyeong,gyeong", "京,敬,卿", "jing,jing,qing", 3, 3),
            y("성", "성", "seong", "Sŏng", "sŏng", "sung,seong,song", "星,聖", "xing,sheng", 3, 1),
            y("연", "련", "yeon", "Yŏn", "yŏn", "yeon,yun,yon", "蓮", "lian", 3, 0),
            y("설", "설", "seol", "Sŏl", "sŏl", "sul,seol", "雪", "xue", 2, 0),
            y("화", "화", "hwa", "Hwa", "hwa", "hwa,wha", "花", "hua", 1, 3),
            y("실", "실", "sil", "Sil", "sil", "sil,shil", "實", "shi", 1, 1),
            y("복", "복", "bok", "Pok", "bok", "bok,pok", "福", "fu", 2, 1),
            y("주", "주", "ju", "Chu", "ju", "joo,ju,chu", "珠", "zhu", 1, 3),
            y("수", "수", "su", "Su", "su", "soo,su", "秀", "xiu", 2, 2),
            y("애", "애", "ae", "Ae", "ae", "ae", "愛", "ai", 2, 2),
            y("분", "분", "bun", "Pun", "bun", "boon,bun", "粉", "fen", 0, 2),
            y("단", "단", "dan", "Tan", "dan", "dan", "丹", "dan", 1, 0),
            y("송", "송", "song", "Song", "song", "song", "松", "song", 1, 0),
            y("일", "일", "il", "Il", "il", "il", "日", "ri", 1, 0),
            y("윤", "윤", "yun", "Yun", "yun", "yoon,yun", "允", "yun", 1, 1),
            y("해", "해", "hae", "Hae", "hae", "hae", "海", "hai", 1, 0));

    /** Chinese surnames (Hanzi, pinyin) for aliases; the most frequent in the north-east. */
    static final String[][] CN_SURNAMES = {
        {"王", "Wang"}, {"李", "Li"}, {"张", "Zhang"}, {"刘", "Liu"}, {"陈", "Chen"},
        {"杨", "Yang"}, {"赵", "Zhao"}, {"孙", "Sun"}, {"周", "Zhou"}, {"吴", "Wu"}
    };

    /** Common Chinese women's given names (Hanzi, pinyin) for aliases. */
    static final String[][] CN_GIVEN = {
        {"丽", "Li"}, {"娟", "Juan"}, {"芳", "Fang"}, {"燕", "Yan"}, {"红", "Hong"},
        {"霞", "Xia"}, {"梅", "Mei"}, {"玲", "Ling"}, {"静", "Jing"}, {"秀英", "Xiuying"},
        {"桂兰", "Guilan"}, {"春梅", "Chunmei"}, {"海燕", "Haiyan"}, {"丽华", "Lihua"}, {"美玲", "Meiling"}
    };

    private static final Categorical SURNAME_DIST =
            dist(SURNAMES.stream().map(Surname::weight).toList());
    private static final Categorical FIRST_DIST =
            dist(SYLLABLES.stream().map(Syllable::firstWeight).toList());
    private static final Categorical SECOND_DIST =
            dist(SYLLABLES.stream().map(Syllable::secondWeight).toList());

    /** A random true name. */
    public static KoreanName drawName(SplittableRandom r) {
        Surname sn = SURNAMES.get(SURNAME_DIST.sample(r));
        Syllable a = SYLLABLES.get(FIRST_DIST.sample(r));
        Syllable b;
        do {
            b = SYLLABLES.get(SECOND_DIST.sample(r));
        } while (b == a);
        return new KoreanName(
                sn, a, b, r.nextInt(a.hanja().size()), r.nextInt(b.hanja().size()));
    }

    /** A Chinese alias: half keep the Mandarin reading of their own surname (金 → Jin). */
    public static ChineseAlias drawAlias(SplittableRandom r, KoreanName name) {
        String[] given = CN_GIVEN[r.nextInt(CN_GIVEN.length)];
        if (r.nextBoolean()) {
            return new ChineseAlias(
                    name.surname().hanja(), given[0], name.surname().pinyin(), given[1]);
        }
        String[] sn = CN_SURNAMES[r.nextInt(CN_SURNAMES.length)];
        return new ChineseAlias(sn[0], given[0], sn[1], given[1]);
    }

    /** A surname unrelated to the woman, for pseudonyms such as "Ms Song". */
    public static Surname drawPseudonymSurname(SplittableRandom r) {
        return SURNAMES.get(SURNAME_DIST.sample(r));
    }

    private static Surname s(
            String h,
            String hn,
            String hj,
            String common,
            String variants,
            String rr,
            String mr,
            String mrNk,
            String py,
            double w) {
        List<String> v = variants.isEmpty() ? List.of() : List.of(variants.split(","));
        return new Surname(h, hn, hj, common, v, rr, mr, mrNk, py, w);
    }

    private static Syllable y(
            String h,
            String hn,
            String rr,
            String mrI,
            String mrM,
            String adhoc,
            String hanja,
            String pinyin,
            double w1,
            double w2) {
        return new Syllable(
                h,
                hn,
                rr,
                mrI,
                mrM,
                List.of(adhoc.split(",")),
                List.of(hanja.split(",")),
                List.of(pinyin.split(",")),
                w1,
                w2);
    }

    private static Categorical dist(List<Double> weights) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) labels.add(Integer.toString(i));
        return new Categorical(
                labels, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
