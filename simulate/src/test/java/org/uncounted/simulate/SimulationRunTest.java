package org.uncounted.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.formats.CaseFileReport;
import org.uncounted.formats.CaseJsonReader;

/** One moderate run with the default parameters, checked against section 5.9 and the file contracts. */
class SimulationRunTest {
    private static final long SEED = 1;
    private static final int WOMEN = 40_000;

    @TempDir
    static Path dir;

    static SimulationSummary summary;

    @BeforeAll
    static void simulate() {
        System.out.println("seed " + SEED + ", women " + WOMEN);
        summary = Simulator.run(SimulationSettings.of(WOMEN, SEED), dir, SimulationProgress.NONE);
        System.out.println(summary.toText());
    }

    @Test
    void defaults_moderateN_reproduceEveryCalibrationTargetWithinTolerance() {
        List<SimulationSummary.Check> failed =
                summary.checks().stream().filter(c -> c.status().equals("FAIL")).toList();
        assertThat(failed).isEmpty();
        assertThat(summary.checks().stream()
                        .filter(c -> c.status().equals("PASS"))
                        .count())
                .isGreaterThanOrEqualTo(30);
        assertThat(summary.check("annual criminal revenue 2018-19, USD").status())
                .isEqualTo("PASS");
    }

    @Test
    void capture_eachOrganisation_matchesItsConfiguredProbabilitiesWithinSamplingError() {
        for (SimulationSummary.Organisation o : summary.organisations()) {
            double e = o.expectedCaptures();
            assertThat(e).as(o.id()).isGreaterThan(20);
            assertThat(Math.abs(o.captures() - e)).as(o.id()).isLessThanOrEqualTo(4 * Math.sqrt(e) + 2);
        }
    }

    @Test
    void organisationFiles_rereadWithFormatsReader_withoutError() {
        for (SimulationSummary.Organisation o : summary.organisations()) {
            Path f = dir.resolve("organisations/" + o.id() + ".json");
            CaseFileReport report = CaseJsonReader.standard().validate(f);
            assertThat(report.isValid()).as(report.render()).isTrue();
            assertThat(report.validCases()).isEqualTo(o.records());
        }
    }

    @Test
    void linkageRecords_trajectoryColumns_holdTheRecordsOwnEvents() throws IOException {
        List<String> records = lines("linkage/records.csv");
        int crossing = 11, arrest = 17;
        long shelter = 0, shelterCrossing = 0, repatriation = 0, repatriationArrest = 0;
        for (String r : records.subList(1, records.size())) {
            String[] f = r.split(",", -1);
            assertThat(f).hasSize(18);
            if (f[1].equals("ngo-shelter")) {
                shelter++;
                if (f[crossing].matches("~?\\d{4}(-\\d{2}){0,2}")) shelterCrossing++;
            }
            if (f[1].equals("repatriation-list")) {
                repatriation++;
                if (f[arrest].matches("~?\\d{4}(-\\d{2}){0,2}")) repatriationArrest++;
            }
        }
        // a shelter hears her whole story; a repatriation list knows only the arrest that led to it
        assertThat(shelter).isPositive();
        assertThat(shelterCrossing).isEqualTo(shelter);
        assertThat(repatriation).isPositive();
        assertThat(repatriationArrest).isEqualTo(repatriation);
    }

    @Test
    void linkageFiles_everyRecordHasItsTruePerson_andCaptureHistoriesCountThePersons() throws IOException {
        List<String> records = lines("linkage/records.csv");
        List<String> truth = lines("linkage/truth.csv");
        assertThat(records.get(0))
                .isEqualTo("record_id,source,name,surname,given_name,birth_year,age,age_at,sex,origin,place,"
                        + "crossing_date,first_sale_date,exploitation_type,exploitation_start,exploitation_end,"
                        + "escape_date,arrest_date");
        long total = summary.organisations().stream()
                .mapToLong(SimulationSummary.Organisation::records)
                .sum();
        assertThat(records).hasSize((int) total + 1);
        assertThat(truth).hasSize((int) total + 1);
        assertThat(lines("truth/record_person.csv")).isEqualTo(truth);
        Map<String, String> personOf = new HashMap<>();
        for (String t : truth.subList(1, truth.size())) personOf.put(t.split(",")[0], t.split(",")[1]);
        Set<String> persons = new HashSet<>(personOf.values());
        for (String r : records.subList(1, records.size())) {
            assertThat(personOf).containsKey(r.substring(0, r.indexOf(',')));
        }
        long captured = 0;
        List<String> ch = lines("truth/capture_histories.csv");
        assertThat(ch.get(0)).endsWith(",count");
        for (String row : ch.subList(1, ch.size())) captured += Long.parseLong(row.substring(row.lastIndexOf(',') + 1));
        assertThat(captured).isEqualTo(persons.size());
        long byPeriod = 0;
        List<String> st = lines("truth/capture_histories_by_period.csv");
        for (String row : st.subList(1, st.size())) byPeriod += Long.parseLong(row.substring(row.lastIndexOf(',') + 1));
        assertThat(byPeriod).isEqualTo(captured);
        assertThat(lines("truth/persons.csv")).hasSize(WOMEN + 1);
    }

    @Test
    void linkageRecords_carryNamesInSeveralScriptsAndSpellings() throws IOException {
        String all = Files.readString(dir.resolve("linkage/records.csv"), StandardCharsets.UTF_8);
        assertThat(all).containsPattern("[가-힣]{3}"); // Hangul
        assertThat(all).containsPattern("[一-龥]{2}"); // Hanja / Hanzi
        assertThat(all).containsPattern("[ŏŭ]"); // McCune-Reischauer with breves
        assertThat(all).contains("Ms "); // pseudonyms
        assertThat(all).containsPattern("(Kim|Lee|Park|Choi) "); // English-style spellings
    }

    private static List<String> lines(String f) throws IOException {
        return Files.readAllLines(dir.resolve(f), StandardCharsets.UTF_8);
    }
}
