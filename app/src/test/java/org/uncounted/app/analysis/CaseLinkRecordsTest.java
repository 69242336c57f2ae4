package org.uncounted.app.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.app.analysis.StoredCases.SourcedCase;
import org.uncounted.formats.CaseJsonReader;
import org.uncounted.linkage.LinkRecord;
import org.uncounted.linkage.LinkageCsv;
import org.uncounted.simulate.SimulationProgress;
import org.uncounted.simulate.SimulationSettings;
import org.uncounted.simulate.Simulator;

class CaseLinkRecordsTest {
    private static final List<String> TRAJECTORY = List.of(
            "crossing_date", "first_sale_date", "exploitation_start", "exploitation_end", "escape_date", "arrest_date");

    @TempDir
    Path dir;

    /**
     * The store's linkage sees the same trajectory as `uncounted link` on simulate's flat file: for
     * every simulated case, CaseLinkRecords gives the dates of linkage/records.csv (an "around
     * 2016" there is the range 2015/2017 in the case file).
     */
    @Test
    void of_simulatedCases_giveTheTrajectoryOfTheLinkageExport() throws IOException {
        Simulator.run(SimulationSettings.of(2_000, 7), dir, SimulationProgress.NONE);
        Map<String, LinkRecord> flat = new HashMap<>();
        for (LinkRecord r : LinkageCsv.read(dir.resolve("linkage/records.csv"))) flat.put(r.id(), r);
        List<SourcedCase> cases = new ArrayList<>();
        Map<Long, String> caseIds = new HashMap<>();
        try (var files = Files.list(dir.resolve("organisations"))) {
            for (Path f : files.sorted().toList()) {
                String source = f.getFileName().toString().replace(".json", "");
                CaseJsonReader.standard().readOrThrow(f, (c, line) -> {
                    long id = cases.size() + 1;
                    caseIds.put(id, c.caseId());
                    cases.add(new SourcedCase(id, source, c));
                });
            }
        }
        List<LinkRecord> records = CaseLinkRecords.of(cases);
        assertThat(records).hasSize(flat.size());
        int withDates = 0;
        for (LinkRecord r : records) {
            LinkRecord expected = flat.get(caseIds.get(Long.parseLong(r.id())));
            for (String column : TRAJECTORY) {
                assertThat(r.get(column)).as(column).isEqualTo(aroundAsRange(expected.get(column)));
            }
            if (r.get("crossing_date") != null) withDates++;
        }
        assertThat(withDates).isGreaterThan(records.size() / 2);
    }

    /** A case file may list events in any order and hold other people's events: hers only, earliest first. */
    @Test
    void of_eventsOutOfOrderAndAHusbandsArrest_takeHerEarliestOwnEvents() throws IOException {
        Path f = dir.resolve("one.json");
        Files.writeString(
                f,
                String.join(
                        "\n",
                        "{\"format\":\"uncounted-cases\",\"version\":1,\"source\":{\"id\":\"ngo\",\"organisation\":\"NGO\","
                                + "\"type\":\"interview\",\"language\":\"ko\",\"reliability\":\"medium\"},\"cases\":[",
                        "{\"caseId\":\"c1\",\"sourceRecordId\":\"c1\",\"language\":\"ko\",\"persons\":["
                                + "{\"id\":\"victim\",\"pseudonym\":\"Ms Kim\",\"sex\":\"female\"},"
                                + "{\"id\":\"h1\",\"pseudonym\":\"Mr Z\",\"sex\":\"male\"}],\"events\":["
                                + "{\"id\":\"e1\",\"type\":\"border_crossing\",\"date\":\"2012-04\","
                                + "\"involvements\":[{\"person\":\"victim\",\"role\":\"victim\"}]},"
                                + "{\"id\":\"e2\",\"type\":\"arrest\",\"date\":\"2010\","
                                + "\"involvements\":[{\"person\":\"h1\",\"role\":\"buyer_husband\"}]},"
                                + "{\"id\":\"e3\",\"type\":\"border_crossing\",\"date\":\"2009-03\","
                                + "\"involvements\":[{\"person\":\"victim\",\"role\":\"victim\"}]}]}",
                        "]}"));
        List<SourcedCase> cases = new ArrayList<>();
        CaseJsonReader.standard().readOrThrow(f, (c, line) -> cases.add(new SourcedCase(1, "ngo", c)));
        LinkRecord r = CaseLinkRecords.of(cases).get(0);
        assertThat(r.get("crossing_date")).isEqualTo("2009-03");
        assertThat(r.get("arrest_date")).isNull();
    }

    private static String aroundAsRange(String flat) {
        if (flat == null || !flat.startsWith("~")) return flat;
        int y = Integer.parseInt(flat.substring(1));
        return (y - 1) + "/" + (y + 1);
    }
}
