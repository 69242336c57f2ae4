package org.uncounted.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uncounted.linkage.RomanizationSystem;

/** Known answers from the RR notice 2000-8 examples, MR usage and DPRK (KCNA) name spellings. */
class RomanizerTest {
    private final Romanizer rr = new Romanizer(RomanizationSystem.REVISED);
    private final Romanizer mr = new Romanizer(RomanizationSystem.MCCUNE_REISCHAUER);
    private final Romanizer nk = new Romanizer(RomanizationSystem.DPRK);

    @Test
    void hangul_decompose_usesUnicodeArithmetic() {
        assertThat(Hangul.decompose('김')).isEqualTo("ㄱㅣㅁ");
        assertThat(Hangul.compose(0, 20, 16)).isEqualTo('김');
        assertThat(Hangul.decompose('희')).isEqualTo("ㅎㅢ");
    }

    @Test
    void revisedWord_placeNames_applyBoundaryRules() {
        assertThat(rr.word("신의주")).isEqualTo("sinuiju");
        assertThat(rr.word("회령")).isEqualTo("hoeryeong");
        assertThat(rr.word("흑룡강")).isEqualTo("heungnyonggang");
        assertThat(rr.word("화룡")).isEqualTo("hwaryong");
        assertThat(rr.word("연길")).isEqualTo("yeongil");
        assertThat(rr.word("신라")).isEqualTo("silla");
        assertThat(rr.word("종로")).isEqualTo("jongno");
        assertThat(rr.word("백마")).isEqualTo("baengma");
        assertThat(rr.word("청진")).isEqualTo("cheongjin");
        assertThat(rr.word("별내")).isEqualTo("byeollae");
    }

    @Test
    void revisedName_givenNameWithoutAssimilation() {
        // RR art. 3.4 (2): sound changes in given names are not transcribed: 한복남 Han Boknam.
        assertThat(rr.personalName("한", "복남", false)).isEqualTo("Han Boknam");
        assertThat(rr.personalName("한", "복남", true)).isEqualTo("Han Bok-nam");
        assertThat(rr.personalName("김", "영희", false)).isEqualTo("Gim Yeonghui");
    }

    @Test
    void mccuneReischauer_wordsAndNames() {
        assertThat(mr.word("연길")).isEqualTo("yŏn'gil");
        assertThat(mr.word("청진")).isEqualTo("ch'ŏngjin");
        assertThat(mr.word("신의주")).isEqualTo("sinŭiju");
        assertThat(mr.word("회령")).isEqualTo("hoeryŏng");
        assertThat(mr.personalName("김", "정은", true)).isEqualTo("Kim Chŏng-ŭn");
        assertThat(mr.personalName("김", "대중", true)).isEqualTo("Kim Tae-jung");
        assertThat(mr.personalName("김", "영희", true)).isEqualTo("Kim Yŏng-hŭi");
    }

    @Test
    void dprk_namesOneWordPerSyllable() {
        assertThat(nk.personalName("김", "정은", false)).isEqualTo("Kim Jong Un");
        assertThat(nk.personalName("리", "설주", false)).isEqualTo("Ri Sol Ju");
        assertThat(nk.personalName("김", "계관", false)).isEqualTo("Kim Kye Gwan");
        assertThat(nk.personalName("장", "성택", false)).isEqualTo("Jang Song Thaek");
        assertThat(nk.personalName("박", "봉주", false)).isEqualTo("Pak Pong Ju");
        assertThat(nk.word("청진")).isEqualTo("chongjin");
    }
}
