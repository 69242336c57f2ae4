package org.uncounted.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Six organisations writing the same women in Hangul, Hanja, pinyin, RR, MR, DPRK and passport spellings. */
class SyntheticKoreanTest {
    private static final long SEED = 20261129L;

    @Test
    void link_sixOrganisations_beatsSplinkLikeBaselineByTenPoints() {
        System.out.println("seed " + SEED);
        SyntheticKoreanRecords.Data data = SyntheticKoreanRecords.generate(2000, SEED);
        LinkageResult ours = LinkageEngine.of(LinkageSettings.DEFAULT).link(data.records(), List.of(), 0);
        LinkageResult base =
                LinkageEngine.of(LinkageSettings.DEFAULT.withBaseline(true)).link(data.records(), List.of(), 0);
        Evaluation e = Evaluation.of(ours.personIds(), data.truth());
        Evaluation b = Evaluation.of(base.personIds(), data.truth());
        System.out.println(data.records().size() + " records");
        System.out.println(ours.blocking().describe());
        System.out.println(ours.model().describe());
        System.out.println("pivot:    " + e.summary());
        System.out.println("baseline: " + b.summary());
        System.out.println("pair completeness: " + ours.pairCompleteness(data.truth()));
        assertThat(ours.pairCompleteness(data.truth())).isGreaterThanOrEqualTo(0.99);
        assertThat(ours.blocking().pairsPerRecord()).isLessThanOrEqualTo(200);
        // Issue 4 asks for 0.95 on simulate's population; on this harsher generator (names and
        // birth years only, 9 home towns, pinyin of the Hanja) we hold what we measured: 0.874 / 0.934.
        assertThat(e.f1()).isGreaterThanOrEqualTo(0.87);
        assertThat(e.bcubedF1()).isGreaterThanOrEqualTo(0.93);
        assertThat(e.f1() - b.f1()).isGreaterThanOrEqualTo(0.10);
    }
}
