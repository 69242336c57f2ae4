package org.uncounted.simulate.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulator's own small gazetteer (domain research section 4): DPRK provinces and border cities,
 * the Chinese provinces, prefectures and county-level cities named by the sources, and the third
 * countries of the onward route. Independent of the model module's gazetteer on purpose (the
 * simulator is a test oracle); codes are the same public standards, so records map onto it.
 */
public final class Gazetteer {
    private static final Map<String, Place> BY_CODE = new LinkedHashMap<>();

    static {
        // DPRK provinces (ISO 3166-2:KP): Hangul, RR, MR, Hanja.
        p("KP-09", "province", "KP", "함경북도", "Hamgyeongbuk-do", "Hamgyŏng-pukto", "咸鏡北道", "KP-10");
        p("KP-10", "province", "KP", "량강도", "Yanggang-do", "Ryanggang-do", "兩江道", "KP-09");
        p("KP-08", "province", "KP", "함경남도", "Hamgyeongnam-do", "Hamgyŏng-namdo", "咸鏡南道", "KP-10");
        p("KP-02", "province", "KP", "평안남도", "Pyeongannam-do", "P'yŏngan-namdo", "平安南道", "KP-01");
        p("KP-03", "province", "KP", "평안북도", "Pyeonganbuk-do", "P'yŏngan-pukto", "平安北道", "KP-04");
        p("KP-04", "province", "KP", "자강도", "Jagang-do", "Chagang-do", "慈江道", "KP-03");
        p("KP-01", "province", "KP", "평양직할시", "Pyeongyang", "P'yŏngyang", "平壤直轄市", "KP-02");
        p("KP-07", "province", "KP", "강원도", "Gangwon-do", "Kangwŏn-do", "江原道", "KP-08");
        p("KP-06", "province", "KP", "황해북도", "Hwanghaebuk-do", "Hwanghae-pukto", "黃海北道", "KP-05");
        p("KP-05", "province", "KP", "황해남도", "Hwanghaenam-do", "Hwanghae-namdo", "黃海南道", "KP-06");
        p("KP-13", "province", "KP", "라선특별시", "Raseon", "Rasŏn", "羅先特別市", "KP-09");
        p("KP-14", "province", "KP", "남포특별시", "Nampo", "Namp'o", "南浦特別市", "KP-02");
        p("KP-15", "province", "KP", "개성특급시", "Gaeseong", "Kaesŏng", "開城特級市", "KP-06");
        // DPRK border and source cities.
        p("KP-09-CJ", "city", "KP-09", "청진", "Cheongjin", "Ch'ŏngjin", "淸津", "KP-09-HR");
        p("KP-09-HR", "city", "KP-09", "회령", "Hoeryeong", "Hoeryŏng", "會寧", "KP-09-MS");
        p("KP-09-MS", "city", "KP-09", "무산", "Musan", "Musan", "茂山", "KP-09-HR");
        p("KP-09-OS", "city", "KP-09", "온성", "Onseong", "Onsŏng", "穩城", "KP-09-HR");
        p("KP-10-HS", "city", "KP-10", "혜산", "Hyesan", "Hyesan", "惠山", "KP-09-MS");
        p("KP-08-HH", "city", "KP-08", "함흥", "Hamheung", "Hamhŭng", "咸興", "KP-10-HS");
        p("KP-03-SU", "city", "KP-03", "신의주", "Sinuiju", "Sinŭiju", "新義州", "KP-04-MP");
        p("KP-04-MP", "city", "KP-04", "만포", "Manpo", "Manp'o", "滿浦", "KP-03-SU");
        // China (GB/T 2260): Hanzi, pinyin, English, Korean reading.
        p("220000", "province", "CN", "吉林省", "Jilin Sheng", "Jilin Province", "길림성", "210000");
        p("210000", "province", "CN", "辽宁省", "Liaoning Sheng", "Liaoning Province", "료녕성", "220000");
        p("230000", "province", "CN", "黑龙江省", "Heilongjiang Sheng", "Heilongjiang Province", "흑룡강성", "220000");
        p("370000", "province", "CN", "山东省", "Shandong Sheng", "Shandong Province", "산동성", "130000");
        p("130000", "province", "CN", "河北省", "Hebei Sheng", "Hebei Province", "하북성", "370000");
        p("340000", "province", "CN", "安徽省", "Anhui Sheng", "Anhui Province", "안휘성", "320000");
        p("320000", "province", "CN", "江苏省", "Jiangsu Sheng", "Jiangsu Province", "강소성", "340000");
        p("410000", "province", "CN", "河南省", "Henan Sheng", "Henan Province", "하남성", "130000");
        p("530000", "province", "CN", "云南省", "Yunnan Sheng", "Yunnan Province", "운남성", "410000");
        p("150000", "province", "CN", "内蒙古自治区", "Nei Menggu Zizhiqu", "Inner Mongolia", "내몽골", "230000");
        p("310000", "province", "CN", "上海市", "Shanghai Shi", "Shanghai", "상해", "320000");
        p("110000", "province", "CN", "北京市", "Beijing Shi", "Beijing", "북경", "130000");
        p(
                "222400",
                "prefecture",
                "220000",
                "延边朝鲜族自治州",
                "Yanbian Chaoxianzu Zizhizhou",
                "Yanbian Korean Autonomous Prefecture",
                "연변조선족자치주",
                "220200");
        p("220100", "prefecture", "220000", "长春市", "Changchun Shi", "Changchun", "장춘", "220200");
        p("220200", "prefecture", "220000", "吉林市", "Jilin Shi", "Jilin City", "길림시", "220100");
        p("220500", "prefecture", "220000", "通化市", "Tonghua Shi", "Tonghua", "통화", "220600");
        p("220600", "prefecture", "220000", "白山市", "Baishan Shi", "Baishan", "백산", "220500");
        p("210100", "prefecture", "210000", "沈阳市", "Shenyang Shi", "Shenyang", "심양", "210600");
        p("210200", "prefecture", "210000", "大连市", "Dalian Shi", "Dalian", "대련", "210600");
        p("210600", "prefecture", "210000", "丹东市", "Dandong Shi", "Dandong", "단동", "210100");
        p("230100", "prefecture", "230000", "哈尔滨市", "Ha'erbin Shi", "Harbin", "하얼빈", "231000");
        p("231000", "prefecture", "230000", "牡丹江市", "Mudanjiang Shi", "Mudanjiang", "목단강", "230100");
        p("370200", "prefecture", "370000", "青岛市", "Qingdao Shi", "Qingdao", "청도", "370000");
        p("130300", "prefecture", "130000", "秦皇岛市", "Qinhuangdao Shi", "Qinhuangdao", "진황도", "130000");
        p("530100", "prefecture", "530000", "昆明市", "Kunming Shi", "Kunming", "곤명", "530000");
        p("222401", "city", "222400", "延吉市", "Yanji Shi", "Yanji", "연길", "222405");
        p("222402", "city", "222400", "图们市", "Tumen Shi", "Tumen", "도문", "222404");
        p("222403", "city", "222400", "敦化市", "Dunhua Shi", "Dunhua", "돈화", "222426");
        p("222404", "city", "222400", "珲春市", "Hunchun Shi", "Hunchun", "훈춘", "222402");
        p("222405", "city", "222400", "龙井市", "Longjing Shi", "Longjing", "룡정", "222401");
        p("222406", "city", "222400", "和龙市", "Helong Shi", "Helong", "화룡", "222405");
        p("222424", "city", "222400", "汪清县", "Wangqing Xian", "Wangqing County", "왕청", "222402");
        p("222426", "city", "222400", "安图县", "Antu Xian", "Antu County", "안도", "222403");
        p("220582", "city", "220500", "集安市", "Ji'an Shi", "Ji'an", "집안", "220623");
        p("220623", "city", "220600", "长白朝鲜族自治县", "Changbai Chaoxianzu Zizhixian", "Changbai County", "장백", "220582");
        // Third countries and the ROK.
        for (String[] c : new String[][] {
            {"TH", "ประเทศไทย", "Thailand", "태국"},
            {"LA", "ລາວ", "Laos", "라오스"},
            {"VN", "Việt Nam", "Vietnam", "베트남"},
            {"MN", "Монгол", "Mongolia", "몽골"},
            {"KH", "កម្ពុជា", "Cambodia", "캄보디아"},
            {"MM", "မြန်မာ", "Myanmar", "미얀마"},
            {"KR", "대한민국", "South Korea", "한국"},
            {"CN", "中国", "China", "중국"},
            {"KP", "조선", "North Korea", "북한"}
        }) {
            p(c[0], "country", "", c[1], c[2], c[2], c[3], "");
        }
    }

    private Gazetteer() {}

    private static void p(
            String code, String level, String parent, String nat, String rom, String alt, String cross, String nb) {
        BY_CODE.put(code, new Place(code, level, parent, nat, rom, alt, cross, nb));
    }

    public static Place get(String code) {
        Place p = BY_CODE.get(code);
        if (p == null) throw new IllegalArgumentException("unknown place code '" + code + "'");
        return p;
    }

    public static boolean contains(String code) {
        return BY_CODE.containsKey(code);
    }

    /** Places whose parent is {@code code}, in gazetteer order. */
    public static List<Place> children(String code) {
        return CHILDREN.getOrDefault(code, List.of());
    }

    private static final Map<String, List<Place>> CHILDREN = new LinkedHashMap<>();

    static {
        for (Place p : BY_CODE.values())
            CHILDREN.computeIfAbsent(p.parent(), k -> new ArrayList<>()).add(p);
    }

    /** The place itself or its ancestor at {@code level} (province, prefecture, city). */
    public static Place atLevel(String code, String level) {
        Place p = get(code);
        while (!p.level().equals(level) && !p.parent().isEmpty() && rank(p.level()) > rank(level)) {
            p = get(p.parent());
        }
        return p;
    }

    /** The province (or country) that holds {@code code}. */
    public static Place province(String code) {
        Place p = get(code);
        while (!p.level().equals("province") && !p.parent().isEmpty()) p = get(p.parent());
        return p;
    }

    public static String country(String code) {
        Place p = get(code);
        while (!p.parent().isEmpty()) p = get(p.parent());
        return p.code();
    }

    private static int rank(String level) {
        return switch (level) {
            case "country" -> 0;
            case "province" -> 1;
            case "prefecture" -> 2;
            default -> 3;
        };
    }
}
