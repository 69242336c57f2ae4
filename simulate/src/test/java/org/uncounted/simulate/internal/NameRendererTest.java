package org.uncounted.simulate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NameRendererTest {
    private static KoreanName kimYounghee() {
        Surname kim = NameTables.SURNAMES.get(0);
        Syllable yeong = NameTables.SYLLABLES.get(0);
        Syllable hui = NameTables.SYLLABLES.get(1);
        return new KoreanName(kim, yeong, hui, 0, 0);
    }

    @Test
    void render_kimYounghee_givesTheStandardFormsOfEachScript() {
        NameRenderer never = new NameRenderer(0, 0, 0);
        SplittableRandom r = new SplittableRandom(1);
        KoreanName n = kimYounghee();
        assertThat(never.render(n, "hangul", r).full()).isEqualTo("김영희");
        assertThat(never.render(n, "hanja", r).full()).isEqualTo("金英姬");
        assertThat(never.render(n, "pinyin", r).full()).isEqualTo("Jin Yingji");
        assertThat(never.render(n, "mr", r).full()).isEqualTo("Kim Yŏng-hŭi");
        assertThat(never.render(n, "mr-plain", r).given()).isIn("Yong-hui", "Yong hui");
        assertThat(never.render(n, "rr", r).given()).isIn("Yeong-hui", "Yeonghui");
    }

    @Test
    void render_adhocAndVariants_produceTheSpellingsSeenInDocuments() {
        NameRenderer often = new NameRenderer(1.0, 1.0, 0.5);
        SplittableRandom r = new SplittableRandom(2);
        Set<String> given = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            RecordedName rn = often.render(kimYounghee(), "adhoc", r);
            given.add(rn.given());
            surnames.add(rn.surname());
        }
        assertThat(given).contains("Young-hee", "Younghee", "Young Hee", "Yong-hui");
        assertThat(surnames).contains("Gim").doesNotContain("Kim");
    }

    @Test
    void render_northKoreanSpelling_usesRiForLee() {
        Surname lee = NameTables.SURNAMES.get(1);
        KoreanName n = new KoreanName(lee, NameTables.SYLLABLES.get(0), NameTables.SYLLABLES.get(1), 0, 0);
        NameRenderer nk = new NameRenderer(0, 1.0, 0);
        assertThat(nk.render(n, "hangul", new SplittableRandom(3)).surname()).isEqualTo("리");
        assertThat(nk.render(n, "mr", new SplittableRandom(3)).surname()).isEqualTo("Ri");
    }
}
