package org.uncounted.app.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.uncounted.app.web.cases.CaseService;
import org.uncounted.app.web.cases.Testimony;
import org.uncounted.model.SensitiveText;

class NarrativeIndexTest {
    private final NarrativeIndex index = new NarrativeIndex(CaseService.webAccess());

    @AfterEach
    void close() {
        index.close();
    }

    private static Testimony testimony(String id, String name, String narrative, String lang) {
        return new Testimony(
                id,
                Testimony.Status.RECORDED,
                "NGO-A",
                new Testimony.Consent(true, Set.of("store", "analyse"), "oral"),
                new Testimony.Person(SensitiveText.of(name), SensitiveText.of(""), 1980, null),
                null,
                List.of(),
                List.of(),
                null,
                SensitiveText.of(narrative),
                lang,
                "test",
                Instant.EPOCH);
    }

    private static List<String> ids(List<NarrativeIndex.Hit> hits) {
        return hits.stream().map(NarrativeIndex.Hit::caseId).toList();
    }

    @Test
    void search_sameTextTwiceWithoutWrites_answersFromTheCache() {
        index.put(testimony("C-000001", "김순희", "She left with a broker.", "en"));

        List<NarrativeIndex.Hit> first = index.search("broker", 10);

        assertThat(ids(first)).containsExactly("C-000001");
        assertThat(index.search("broker", 10)).isSameAs(first);
    }

    @Test
    void search_afterPut_seesTheNewCase() {
        index.put(testimony("C-000001", "김순희", "She left with a broker.", "en"));
        assertThat(ids(index.search("broker", 10))).containsExactly("C-000001");

        index.put(testimony("C-000002", "이영자", "A broker sold her to a farmer.", "en"));

        assertThat(ids(index.search("broker", 10))).containsExactlyInAnyOrder("C-000001", "C-000002");
    }

    @Test
    void search_afterRebuildWithoutACase_noLongerFindsIt() {
        index.put(testimony("C-000001", "김순희", "She left with a broker.", "en"));
        index.put(testimony("C-000002", "이영자", "A broker sold her to a farmer.", "en"));
        assertThat(ids(index.search("broker", 10))).hasSize(2);

        index.rebuild(List.of(testimony("C-000002", "이영자", "A broker sold her to a farmer.", "en")), n -> {});

        assertThat(ids(index.search("broker", 10))).containsExactly("C-000002");
    }

    @Test
    void search_afterEditRemovingTheWord_noLongerFindsTheCase() {
        index.put(testimony("C-000001", "김순희", "She left with a broker.", "en"));
        assertThat(ids(index.search("broker", 10))).containsExactly("C-000001");

        index.put(testimony("C-000001", "김순희", "She left alone.", "en"));

        assertThat(index.search("broker", 10)).isEmpty();
    }

    @Test
    void search_textWithoutSearchableTerm_isEmpty() {
        index.put(testimony("C-000001", "김순희", "She left with a broker.", "en"));

        assertThat(index.search("...", 10)).isEmpty();
        assertThat(index.search("...", 10)).isEmpty();
    }

    @Test
    void search_manySegments_returnsEachCaseIdOnceBestFirst() {
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String id = String.format("C-%06d", i);
            expected.add(id);
            // one put per case: each refresh leaves a segment, so ids are read across many leaves
            String narrative = i % 3 == 0 ? "브로커를 따라 두만강을 건넜다. 브로커 브로커" : "브로커를 따라 두만강을 건넜다.";
            index.put(testimony(id, "김순희", narrative, "ko"));
        }

        List<NarrativeIndex.Hit> hits = index.search("브로커", 100);

        assertThat(ids(hits)).containsExactlyInAnyOrderElementsOf(expected);
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
        }
        assertThat(ids(hits.subList(0, 13)))
                .allSatisfy(
                        id -> assertThat(Integer.parseInt(id.substring(2)) % 3).isZero());
    }

    @Test
    void search_koreanNameByBigram_findsTheCase() {
        index.put(testimony("C-000001", "김순희", "She left with a broker.", "en"));

        assertThat(ids(index.search("김순희", 10))).containsExactly("C-000001");
    }
}
