package org.uncounted.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.uncounted.app.ExitCodes;

/** The store's CLI verbs end to end on an embedded store: exit codes and what they print. */
class StoreCommandsTest extends CliTest {
    @Test
    void storeVerbs_initImportStatsExportAuditBadFile_haveTheirExitCodes() throws Exception {
        Files.writeString(dir.resolve("pass"), "a passphrase for tests only\n");
        Path file = dir.resolve("cases.json");
        Files.writeString(
                file,
                "{\"format\":\"uncounted-cases\",\"version\":1,\"source\":{\"id\":\"ngo-a\","
                        + "\"organisation\":\"Synthetic NGO A\",\"type\":\"interview\",\"reliability\":\"high\"},\"cases\":[\n"
                        + "{\"caseId\":\"c1\",\"sourceRecordId\":\"r1\",\"persons\":[{\"id\":\"p\",\"sex\":\"female\","
                        + "\"possiblyInChina\":false,\"currentStatus\":\"unknown\",\"groupSize\":1}],\"events\":[]}\n]}\n",
                StandardCharsets.UTF_8);
        assertThat(run(store("init"))).as(err).isEqualTo(ExitCodes.OK);
        assertThat(run(store("init"))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run(store("import", file.toString(), "-q"))).as(err).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("1 new");
        assertThat(run(store("import", file.toString(), "-q"))).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("1 unchanged");
        assertThat(run(store("stats"))).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("ngo-a");
        assertThat(run(store("cases", "list"))).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("r1");
        Path exported = dir.resolve("out.json");
        assertThat(run(store("export", "--out", exported.toString(), "-q")))
                .as(err)
                .isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(exported)).contains("\"sourceRecordId\":\"r1\"");
        Path bad = Files.writeString(
                dir.resolve("bad.json"), Files.readString(file).replace("female", "wizard"));
        assertThat(run(store("import", bad.toString(), "-q"))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err).contains(bad + ":2: field '").contains("wizard");
        assertThat(run(store("audit", "verify"))).as(err).isEqualTo(ExitCodes.OK);
        assertThat(out).contains("audit log intact");
        Files.writeString(dir.resolve("pass"), "the wrong passphrase here\n");
        assertThat(run(store("stats"))).isEqualTo(ExitCodes.DENIED);
    }
}
