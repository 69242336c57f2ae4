package org.uncounted.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NameReaderTest {
    private static boolean meet(long[] a, long[] b) {
        return Arrays.stream(a).anyMatch(x -> Arrays.binarySearch(b, x) >= 0);
    }

    private static void sameSurname(String a, String b) {
        assertThat(meet(NameReader.full(a).surnames(), NameReader.full(b).surnames()))
                .as(a + " / " + b)
                .isTrue();
    }

    private static void sameGiven(String a, String b, boolean precise) {
        NameReading x = NameReader.full(a);
        NameReading y = NameReader.full(b);
        boolean m = precise ? meet(x.givenPrecise(), y.givenPrecise()) : meet(x.givenBroad(), y.givenBroad());
        assertThat(m).as(a + " / " + b).isTrue();
    }

    @Test
    void surnames_variantsMeetInPivotSpace() {
        sameSurname("김영희", "Kim Younghee");
        sameSurname("김영희", "Gim Yeong-hui");
        sameSurname("이순희", "Lee Soon-hee");
        sameSurname("리순희", "Ri Sun Hui");
        sameSurname("이순희", "Rhee Sunhee");
        sameSurname("이순희", "Yi Sunhui");
        sameSurname("이순희", "李順姬");
        sameSurname("박은숙", "Park Eunsook");
        sameSurname("박은숙", "Piao Yinshu");
        sameSurname("박은숙", "朴恩淑");
        sameSurname("최명희", "Choi Myunghee");
        sameSurname("최명희", "Cui Minghee");
        sameSurname("김영희", "金英姬");
    }

    @Test
    void givenNames_romanizationsMeetPrecisely() {
        sameGiven("김영희", "Kim Younghee", true);
        sameGiven("김영희", "Kim Young-hee", true);
        sameGiven("김영희", "Gim Yeonghui", true);
        sameGiven("김영희", "Kim Yŏng-hŭi", true);
        sameGiven("김영희", "Kim Yong Hui", true);
        sameGiven("김영희", "Younghee Kim", true);
        sameGiven("김영희", "金英姬", true);
        sameGiven("리순희", "Ri Sun Hui", true);
        sameGiven("정은숙", "Jung Eun-sook", true);
        sameGiven("최련화", "Choe Ryon Hwa", true);
        sameGiven("최련화", "Choi Yeonhwa", true);
    }

    @Test
    void givenNames_passportSpellingsOfHyeAndJin_meetPrecisely() {
        sameGiven("박혜순", "Park Hyea-soon", true);
        sameGiven("서혜순", "Suh Haesun", true); // ㅖ after a consonant is said [ㅔ]
        sameGiven("김혜분", "Gim Hae Bun", true);
        sameGiven("정진숙", "Jung Jean Suk", true);
        sameGiven("송진영", "Song Jean-young", true);
    }

    @Test
    void vowelE_readsAsYeOnlyAfterAConsonantOtherThanR() {
        assertThat(givenMeetsPrecisely("김예순", "Kim Esun")).isFalse(); // 예 keeps its glide
        assertThat(givenMeetsPrecisely("김례순", "Kim Resun")).isFalse(); // and so does 례
        assertThat(givenMeetsPrecisely("김혜순", "Kim Hesun")).isTrue();
    }

    private static boolean givenMeetsPrecisely(String a, String b) {
        return meet(NameReader.full(a).givenPrecise(), NameReader.full(b).givenPrecise());
    }

    @Test
    void givenNames_pinyinMeetsBroadly() {
        sameGiven("김영희", "Jin Yingji", false);
        sameGiven("김영희", "Jin Ying Xi", false);
    }

    @Test
    void differentNames_doNotMeet() {
        NameReading a = NameReader.full("김영희");
        NameReading b = NameReader.full("김순자");
        assertThat(meet(a.givenPrecise(), b.givenPrecise())).isFalse();
        assertThat(meet(
                        NameReader.full("박은숙").surnames(),
                        NameReader.full("최은숙").surnames()))
                .isFalse();
    }

    @Test
    void full_titleAndSurname_isNoName() {
        assertThat(NameReader.full("Ms Lee").hasPivot()).isFalse();
        assertThat(NameReader.full("Mrs. Kim").hasPivot()).isFalse();
    }

    @Test
    void full_oneWordLatinName_isGivenNameOnly() {
        NameReading r = NameReader.full("Hae-eun");
        assertThat(r.surnames()).isEmpty();
        assertThat(r.givenPrecise()).isNotEmpty();
    }
}
