package org.uncounted.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uncounted.app.ExitCodes;
import org.uncounted.store.CaseStore;
import org.uncounted.store.CaseSummary;

/** {@code consent affected} on an embedded store: exit 0 before a withdrawal, 1 after, naming the case. */
class ConsentCommandTest extends CliTest {
    private static final String PASS = "a passphrase for tests only";

    /** Runs a command on the test store. */
    private int runOn(String... args) {
        return run(store(args));
    }

    private Path cases(String name, String withdrawal) throws Exception {
        String consent =
                "\"consent\":{\"grants\":[{\"purpose\":\"store\",\"date\":\"2019-05-14\",\"method\":\"written\"},"
                        + "{\"purpose\":\"analyse\",\"date\":\"2019-05-14\",\"method\":\"written\"}]" + withdrawal
                        + "}";
        StringBuilder b = new StringBuilder(
                "{\"format\":\"uncounted-cases\",\"version\":1,\"source\":{\"id\":\"ngo-a\","
                        + "\"organisation\":\"Synthetic NGO A\",\"type\":\"interview\",\"reliability\":\"high\"},\"cases\":[\n");
        for (int i = 1; i <= 2; i++) {
            b.append("{\"caseId\":\"c")
                    .append(i)
                    .append("\",\"sourceRecordId\":\"r")
                    .append(i)
                    .append("\",\"persons\":[{\"id\":\"p\",\"sex\":\"female\",\"possiblyInChina\":false,")
                    .append("\"currentStatus\":\"unknown\",\"groupSize\":1}],\"events\":[],")
                    .append(i == 2 ? consent : consent.replace(withdrawal, ""))
                    .append("}")
                    .append(i == 2 ? "\n" : ",\n");
        }
        return Files.writeString(dir.resolve(name), b.append("]}\n"), StandardCharsets.UTF_8);
    }

    @Test
    void affected_beforeAndAfterWithdrawal_exitsZeroThenOneNamingTheCase() throws Exception {
        Files.writeString(dir.resolve("pass"), PASS + "\n");
        assertThat(runOn("init")).as(err).isEqualTo(ExitCodes.OK);
        assertThat(runOn("import", cases("a.json", "").toString(), "-q"))
                .as(err)
                .isEqualTo(ExitCodes.OK);
        long withdrawn;
        try (CaseStore s = CaseStore.openEmbedded(dir.resolve("store"), PASS.toCharArray())) {
            List<CaseSummary> all = s.asOperator().listCases(null, 10, 0);
            withdrawn = all.stream()
                    .filter(c -> c.sourceRecordId().equals("r2"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            s.asOperator()
                    .recordRelease(
                            "headline-test",
                            "dev",
                            "snap",
                            "fp",
                            "settings",
                            all.stream().map(CaseSummary::id).toList());
        }
        assertThat(runOn("consent", "affected")).as(err).isEqualTo(0);
        String w = ",\"withdrawals\":[{\"purpose\":\"analyse\",\"date\":\"2021-03-01\"}]";
        assertThat(runOn("import", cases("b.json", w).toString(), "-q")).as(err).isEqualTo(ExitCodes.OK);
        assertThat(runOn("consent", "affected")).as(err).isEqualTo(1);
        assertThat(out).contains("release headline-test: 1 of 2 cases").contains("[" + withdrawn + "]");
    }

    @Test
    void exportCtdc_recordsARelease_thatAWithdrawalAffects() throws Exception {
        Files.writeString(dir.resolve("pass"), PASS + "\n");
        assertThat(runOn("init")).as(err).isEqualTo(ExitCodes.OK);
        assertThat(runOn("import", cases("a.json", "").toString(), "-q"))
                .as(err)
                .isEqualTo(ExitCodes.OK);
        Path csv = dir.resolve("public.csv");
        assertThat(runOn("export", "--format", "ctdc", "--out", csv.toString()))
                .as(err)
                .isEqualTo(ExitCodes.OK);
        // two rows cannot be 11-anonymous: the file has its header and nothing else
        assertThat(Files.readAllLines(csv)).hasSize(1).first().asString().startsWith("yearOfRegistration,");
        assertThat(out).contains("0 rows from 2 cases").contains("2 removed").contains("recorded release ctdc-");
        String w = ",\"withdrawals\":[{\"purpose\":\"analyse\",\"date\":\"2021-03-01\"}]";
        assertThat(runOn("import", cases("b.json", w).toString(), "-q")).as(err).isEqualTo(ExitCodes.OK);
        assertThat(runOn("consent", "affected")).as(err).isEqualTo(1);
        assertThat(out).contains("release ctdc-");
        Path raw = dir.resolve("raw.csv");
        assertThat(runOn("export", "--format", "ctdc", "--unprotected", "--out", raw.toString()))
                .as(err)
                .isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllLines(raw)).hasSize(3);
    }
}
