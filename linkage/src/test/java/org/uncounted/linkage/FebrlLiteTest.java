package org.uncounted.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** FEBRL 4a↔4b with only given name, surname, date of birth, suburb and state ("FEBRL-lite"). */
class FebrlLiteTest {
    static List<LinkRecord> febrlLite() throws URISyntaxException {
        List<LinkRecord> all = new ArrayList<>();
        for (String f : List.of("dataset4a.csv", "dataset4b.csv")) {
            Path p = Path.of(FebrlLiteTest.class.getResource("/febrl/" + f).toURI());
            for (LinkRecord r : LinkageCsv.read(p)) {
                Map<String, String> lite = new HashMap<>();
                for (String k : List.of("given_name", "surname", "date_of_birth", "suburb", "state")) {
                    if (r.get(k) != null) lite.put(k, r.get(k));
                }
                all.add(new LinkRecord(r.id(), r.source(), lite));
            }
        }
        return all;
    }

    static Map<String, String> truth(List<LinkRecord> records) {
        Map<String, String> t = new HashMap<>();
        for (LinkRecord r : records) t.put(r.id(), r.id().split("-")[1]);
        return t;
    }

    @Test
    void febrlLite_link4aTo4b_pairwiseF1AtLeast099() throws Exception {
        List<LinkRecord> records = febrlLite();
        // FEBRL 4a and 4b each list a person once: a one-to-one link task (research note §3.2)
        LinkageSettings oneToOne = LinkageSettings.DEFAULT.withOneToOne(true).withMatchThreshold(0.2);
        LinkageResult result = LinkageEngine.of(oneToOne).link(records, List.of(), 0);
        Evaluation e = Evaluation.of(result.personIds(), truth(records));
        System.out.println(result.blocking().describe());
        System.out.println(result.model().describe());
        System.out.println("FEBRL-lite: " + e.summary());
        System.out.println("pair completeness: " + result.pairCompleteness(truth(records)));
        assertThat(result.pairCompleteness(truth(records))).isGreaterThanOrEqualTo(0.99);
        assertThat(e.f1()).isGreaterThanOrEqualTo(0.99);
    }
}
