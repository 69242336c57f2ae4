package org.uncounted.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.uncounted.app.analysis.StoredCases.SourcedCase;
import org.uncounted.formats.CaseJsonReader;

/** Facts merged over a linked woman's records: her age at first crossing. */
class PersonFactsTest {
    private static String record(String id, String birth, String crossing) {
        return "{\"caseId\":\"" + id + "\",\"sourceRecordId\":\"r-" + id + "\",\"persons\":[{\"id\":\"v1\","
                + "\"sex\":\"female\",\"birthYears\":\"" + birth + "\",\"possiblyInChina\":false,"
                + "\"currentStatus\":\"in_rok\",\"groupSize\":1}],\"events\":[{\"id\":\"e1\",\"type\":\"border_crossing\","
                + "\"date\":\"" + crossing + "\",\"involvements\":[{\"person\":\"v1\",\"role\":\"victim\"}],"
                + "\"reliability\":\"high\",\"sourceConnection\":\"direct_victim\"}]}";
    }

    private static List<SourcedCase> cases(String... records) {
        String file = "{\"format\":\"uncounted-cases\",\"version\":1,\"source\":{\"id\":\"ngo-a\","
                + "\"organisation\":\"Synthetic NGO A\",\"type\":\"interview\",\"reliability\":\"high\"},\"cases\":["
                + String.join(",", records) + "]}";
        List<SourcedCase> out = new ArrayList<>();
        var report = CaseJsonReader.standard()
                .read(
                        new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                        "test",
                        (c, line) -> out.add(new SourcedCase(out.size() + 1, "ngo-a", c)));
        assertThat(report.isValid()).as(report.toString()).isTrue();
        return out;
    }

    @Test
    void ageAtFirstCrossing_earliestDatedCrossingOfAnyRecord_contradictoryRecordPassedOver() {
        List<SourcedCase> c = cases(
                record("late", "1990", "2012-05"), // read first, but not her first crossing
                record("early", "1990", "2008-03"),
                record("contradictory", "2009", "2005-01")); // a crossing before her stated birth
        PersonFacts f = PersonFacts.of(c, Map.of("1", "p", "2", "p", "3", "p"));
        assertThat(f.persons()).isEqualTo(1);
        assertThat(f.ageAtCrossing.get(0)).isEqualTo(18.0);
    }
}
