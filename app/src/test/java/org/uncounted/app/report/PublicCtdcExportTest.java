package org.uncounted.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.app.analysis.StoredCases;
import org.uncounted.disclosure.Generalisation;
import org.uncounted.security.keys.KdfParameters;
import org.uncounted.simulate.SimulationProgress;
import org.uncounted.simulate.SimulationSettings;
import org.uncounted.simulate.Simulator;
import org.uncounted.store.CaseStore;
import org.uncounted.store.Progress;

/** The CTDC CSV that leaves the organisation is k-anonymous over every quasi-identifier, on simulated data. */
class PublicCtdcExportTest {
    static final long SEED = 20_261_129L;

    @TempDir
    Path dir;

    @Test
    void write_simulatedStore_everyQuasiIdentifierCombinationAtLeastK() throws IOException {
        System.out.println("PublicCtdcExportTest seed " + SEED);
        Path sim = dir.resolve("simulation");
        Simulator.run(SimulationSettings.of(2_000, SEED), sim, SimulationProgress.NONE);
        try (CaseStore store = CaseStore.createEmbedded(
                dir.resolve("store"), "a long test passphrase".toCharArray(), KdfParameters.forTestsOnly())) {
            try (Stream<Path> s = Files.list(sim.resolve("organisations"))) {
                for (Path f :
                        s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    store.asOperator().importJson(f, null, Progress.NONE);
                }
            }
            StoredCases stored = StoredCases.read(store.asOperator(), LocalDate.of(2030, 1, 1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PublicCtdcExport.Result r = PublicCtdcExport.write(stored, null, 11, out);

            var parsed = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(out.toString(StandardCharsets.UTF_8)));
            List<String> header = parsed.getHeaderNames();
            List<CSVRecord> rows = parsed.getRecords();
            List<String> qis = PublicCtdcExport.quasiIdentifiers(header).stream()
                    .map(Generalisation::column)
                    .toList();
            assertThat(qis)
                    .contains("yearOfRegistration", "ageBroad", "CountryOfExploitation", "typeOfExploitConcatenated");
            Map<List<String>, Integer> classes = new HashMap<>();
            for (CSVRecord row : rows) {
                List<String> key = new ArrayList<>();
                qis.forEach(q -> key.add(row.get(q)));
                classes.merge(key, 1, Integer::sum);
            }
            assertThat(rows).as("the simulated store has rows to release").hasSizeGreaterThan(100);
            assertThat(classes.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(11));
            assertThat(r.data().removedRecords())
                    .isLessThanOrEqualTo((int) (0.02 * (rows.size() + r.data().removedRecords())));
            assertThat(r.releaseId()).startsWith("ctdc-");
            assertThat(r.caseIds()).hasSize(stored.cases().size());

            ByteArrayOutputStream again = new ByteArrayOutputStream();
            assertThat(PublicCtdcExport.write(stored, null, 11, again).releaseId())
                    .as("the same data give the same release")
                    .isEqualTo(r.releaseId());
        }
    }

    @Test
    void generalisations_yearsAndAges_coarsenAsDocumented() {
        assertThat(PublicCtdcExport.fiveYears("2017")).isEqualTo("2015--2019");
        assertThat(PublicCtdcExport.fiveYears("-99")).isEqualTo("-99");
        assertThat(PublicCtdcExport.broadAge("9--17")).isEqualTo("0--17");
        assertThat(PublicCtdcExport.broadAge("24--26")).isEqualTo("18--29");
        assertThat(PublicCtdcExport.broadAge("48+")).isEqualTo("30+");
    }
}
