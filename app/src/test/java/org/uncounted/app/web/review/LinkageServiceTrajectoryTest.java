package org.uncounted.app.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uncounted.app.web.cases.Testimony;

class LinkageServiceTrajectoryTest {
    private static Testimony testimony(Testimony.Crossing crossing, List<Testimony.Spell> spells, Testimony.Exit exit) {
        return new Testimony(
                "C-000001",
                Testimony.Status.DRAFT,
                "ngo-a",
                new Testimony.Consent(true, Set.of("store"), "oral_recorded"),
                null,
                crossing,
                List.of(new Testimony.Sale(2016, "CN-222400", "to_husband", null, null)),
                spells,
                exit,
                null,
                "ko",
                "interviewer-1",
                null);
    }

    @Test
    void trajectory_recordedTestimony_usesTheColumnsOfStoredCases() {
        Map<String, String> f = new HashMap<>();
        LinkageService.trajectory(
                testimony(
                        new Testimony.Crossing(2015, 3, "CN-222400"),
                        List.of(
                                new Testimony.Spell("forced_marriage", "CN-222400", 2016, 2019),
                                new Testimony.Spell("forced_prostitution", "CN-LN", 2019, null)),
                        new Testimony.Exit("reached_rok", 2019, null)),
                f);
        assertThat(f)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "crossing_date", "2015-03",
                        "first_sale_date", "2016",
                        "exploitation_type", "forced_marriage",
                        "exploitation_start", "2016",
                        "exploitation_end", "2019",
                        "escape_date", "2019"));
    }

    @Test
    void trajectory_skippedQuestions_leaveTheColumnsOut() {
        Map<String, String> f = new HashMap<>();
        LinkageService.trajectory(testimony(new Testimony.Crossing(2015, null, null), List.of(), null), f);
        assertThat(f).containsOnlyKeys("crossing_date", "first_sale_date").containsEntry("crossing_date", "2015");
    }
}
