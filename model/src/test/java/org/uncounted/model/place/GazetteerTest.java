package org.uncounted.model.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // North Hamgyong in every script and romanisation
        "North Hamgyong, KP-09",
        "North Hamgyong Province, KP-09",
        "Hamgyŏng-pukto, KP-09",
        "Hamgyong-pukto, KP-09",
        "Hamgyeongbuk-do, KP-09",
        "hamgyeongbukdo, KP-09",
        "함경북도, KP-09",
        "함북, KP-09",
        "咸鏡北道, KP-09",
        "咸镜北道, KP-09",
        "KP-09, KP-09",
        "South Pyongan, KP-02",
        "P'yŏngan-namdo, KP-02",
        "Pyeongannam-do, KP-02",
        "평안남도, KP-02",
        "Ryanggang, KP-10",
        "Yanggang-do, KP-10",
        "량강도, KP-10",
        "양강도, KP-10",
        "兩江道, KP-10",
        "Hoeryŏng, KP-09-HOERYONG",
        "Hoeryeong, KP-09-HOERYONG",
        "회령, KP-09-HOERYONG",
        "會寧, KP-09-HOERYONG",
        "Musan, KP-09-MUSAN",
        "무산군, KP-09-MUSAN",
        "Onsŏng, KP-09-ONSONG",
        "Hyesan, KP-10-HYESAN",
        "혜산시, KP-10-HYESAN",
        "Sinŭiju, KP-03-SINUIJU",
        "Ch'ŏngjin, KP-09-CHONGJIN",
        "청진, KP-09-CHONGJIN",
        // China: pinyin with and without tones, Hanzi, Korean readings, ROK transliterations, codes
        "Yanji, CN-222401",
        "Yánjí, CN-222401",
        "延吉市, CN-222401",
        "延吉, CN-222401",
        "연길, CN-222401",
        "옌지, CN-222401",
        "222401, CN-222401",
        "Yanbian, CN-222400",
        "연변, CN-222400",
        "延边朝鲜族自治州, CN-222400",
        "Yanbian Korean Autonomous Prefecture, CN-222400",
        "연변조선족자치주, CN-222400",
        "Tumen, CN-222402",
        "도문, CN-222402",
        "Longjing, CN-222405",
        "룡정, CN-222405",
        "용정, CN-222405",
        "Helong, CN-222406",
        "Hunchun, CN-222404",
        "Antu, CN-222426",
        "Wangqing, CN-222424",
        "Dunhua, CN-222403",
        "Changbai, CN-220623",
        "장백, CN-220623",
        "长白朝鲜族自治县, CN-220623",
        "Dandong, CN-210600",
        "단동, CN-210600",
        "丹东市, CN-210600",
        "Shenyang, CN-210100",
        "심양, CN-210100",
        "瀋陽, CN-210100",
        "Harbin, CN-230100",
        "Hā'ěrbīn, CN-230100",
        "Qingdao, CN-370200",
        "청도, CN-370200",
        "Jilin, CN-JL",
        "Jilin Province, CN-JL",
        "吉林省, CN-JL",
        "길림성, CN-JL",
        "CN-JL, CN-JL",
        "Jilin City, CN-220200",
        "吉林市, CN-220200",
        "Liaoning, CN-LN",
        "료녕, CN-LN",
        "요녕, CN-LN",
        "Heilongjiang, CN-HL",
        "흑룡강, CN-HL",
        "Shandong, CN-SD",
        "Beijing, CN-BJ",
        "북경, CN-BJ",
        "Shanghai, CN-SH",
        "상해, CN-SH",
        "Inner Mongolia, CN-NM",
        "内蒙古自治区, CN-NM",
        "Hebei, CN-HE",
        "Yunnan, CN-YN",
        "Kunming, CN-530100",
        "Guangdong, CN-GD",
        // countries
        "South Korea, KR",
        "대한민국, KR",
        "한국, KR",
        "North Korea, KP",
        "북한, KP",
        "Laos, LA",
        "Vietnam, VN",
        "Cambodia, KH",
        "Myanmar, MM",
        "Burma, MM",
        "Mongolia, MN",
        "Thailand, TH",
        "태국, TH",
        "China, CN",
        "중국, CN"
    })
    void find_anyNameForm_resolvesToPlace(String name, String id) {
        assertThat(g.find(name)).as(name).map(Place::id).contains(id);
    }

    @Test
    void resolveAll_ambiguousName_returnsAllCoarsestFirst() {
        assertThat(g.resolveAll("Hamgyong")).extracting(Place::id).containsExactly("KP-08", "KP-09");
        assertThat(g.find("Hamgyong")).isEmpty();
        assertThat(g.resolveAll("Jilin")).extracting(Place::id).containsExactly("CN-JL", "CN-220200");
    }

    @Test
    void find_unknownName_isEmpty() {
        assertThat(g.find("Atlantis")).isEmpty();
        assertThat(g.find("")).isEmpty();
        assertThatThrownBy(() -> g.require("XX-99"))
                .isInstanceOf(UnknownPlaceException.class)
                .hasMessageContaining("XX-99");
    }

    @Test
    void content_allDprkFirstLevelDivisions_present() {
        assertThat(g.children(g.require("KP")))
                .extracting(Place::iso3166_2)
                .contains(
                        "KP-01", "KP-02", "KP-03", "KP-04", "KP-05", "KP-06", "KP-07", "KP-08", "KP-09", "KP-10",
                        "KP-13", "KP-14", "KP-15")
                .doesNotContain("KP-11", "KP-12");
        assertThat(g.children(g.require("CN"))).hasSizeGreaterThanOrEqualTo(33);
    }

    @Test
    void ancestorsAndCoarsen_walkUpTheHierarchy() {
        Place sanhe = g.require("CN-222405103");
        assertThat(g.ancestors(sanhe)).extracting(Place::id).containsExactly("CN-222405", "CN-222400", "CN-JL", "CN");
        assertThat(g.coarsen(sanhe, PlaceLevel.PREFECTURE).id()).isEqualTo("CN-222400");
        assertThat(g.coarsen(sanhe, PlaceLevel.COUNTRY).id()).isEqualTo("CN");
        assertThat(g.coarsen(g.require("CN-BJ"), PlaceLevel.PREFECTURE).id()).isEqualTo("CN-BJ");
        assertThat(g.isIn(sanhe, g.require("CN-JL"))).isTrue();
        assertThat(g.isIn(sanhe, "CN")).isTrue();
        assertThat(g.isIn(g.require("KP-09-MUSAN"), "CN")).isFalse();
        assertThat(g.countryOf(g.require("KP-10-HYESAN")).id()).isEqualTo("KP");
    }

    @Test
    void distanceKm_borderPairs_areShort() {
        assertThat(Gazetteer.distanceKm(g.require("KP-10-HYESAN"), g.require("CN-220623")))
                .isLessThan(10);
        assertThat(Gazetteer.distanceKm(g.require("CN-222401"), g.require("CN-210100")))
                .isCloseTo(530, within(60.0));
    }

    @Test
    void normalise_dropsCaseSpacesHyphensAndDiacritics() {
        assertThat(Gazetteer.normalise("P'yŏngan-Namdo")).isEqualTo("pyongannamdo");
        assertThat(Gazetteer.normalise("Hamgyǒng Pukto")).isEqualTo("hamgyongpukto");
        assertThat(Gazetteer.normalise("함경 북도")).isEqualTo("함경북도");
    }
}
