package org.uncounted.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicatesTest {
    @Test
    void link_replicates_areSeededAndVary() {
        long seed = 11;
        System.out.println("seed " + seed);
        SyntheticKoreanRecords.Data data = SyntheticKoreanRecords.generate(300, seed);
        LinkageSettings s = LinkageSettings.DEFAULT.withSeed(seed);
        LinkageResult a = LinkageEngine.of(s).link(data.records(), List.of(), 5);
        LinkageResult b = LinkageEngine.of(s).link(data.records(), List.of(), 5);
        assertThat(a.replicates()).hasSize(5).isEqualTo(b.replicates());
        assertThat(a.personIds()).isEqualTo(b.personIds());
        long distinct = a.replicates().stream().distinct().count();
        assertThat(distinct).isGreaterThan(1);
        assertThat(a.reviewQueue()).allMatch(p -> p.probability() >= 0.2 && p.probability() <= 0.8);
    }

    @Test
    void link_storedMatchDecision_linksEvenUnblockedPair() {
        SyntheticKoreanRecords.Data data = SyntheticKoreanRecords.generate(200, 3);
        String x = data.records().get(0).id(),
                y = data.records().get(data.records().size() - 1).id();
        LinkageResult r =
                LinkageEngine.of(LinkageSettings.DEFAULT).link(data.records(), List.of(new Decision(x, y, true)), 0);
        assertThat(r.personIds().get(x)).isEqualTo(r.personIds().get(y));
    }
}
