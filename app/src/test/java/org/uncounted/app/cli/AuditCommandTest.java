package org.uncounted.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.uncounted.app.ExitCodes;

/** {@code audit verify} end to end: the anchor catches a database file rolled back to an older copy. */
class AuditCommandTest extends CliTest {
    @Test
    void auditVerify_databaseFileRolledBack_exit4_andAKeptCheckpointCatchesARollbackOfEverything() throws Exception {
        Files.writeString(dir.resolve("pass"), "a passphrase for tests only\n");
        Path file = Files.writeString(
                dir.resolve("cases.json"),
                "{\"format\":\"uncounted-cases\",\"version\":1,\"source\":{\"id\":\"ngo-a\","
                        + "\"organisation\":\"Synthetic NGO A\",\"type\":\"interview\",\"reliability\":\"high\"},"
                        + "\"cases\":[\n{\"caseId\":\"c1\",\"sourceRecordId\":\"r1\",\"persons\":[{\"id\":\"p\","
                        + "\"sex\":\"female\",\"possiblyInChina\":false,\"currentStatus\":\"unknown\",\"groupSize\":1}],"
                        + "\"events\":[]}\n]}\n",
                StandardCharsets.UTF_8);
        Path data = dir.resolve("store");
        assertThat(run(store("init"))).as(err).isEqualTo(ExitCodes.OK);
        Path snapshot = Files.copy(data.resolve("cases.mv.db"), dir.resolve("old.mv.db"));
        Path oldFiles = dir.resolve("old-files");
        Files.createDirectories(oldFiles);
        Files.copy(data.resolve("audit.anchor"), oldFiles.resolve("audit.anchor"));
        assertThat(run(store("import", file.toString(), "-q"))).as(err).isEqualTo(ExitCodes.OK);
        assertThat(run(store("audit", "verify"))).as(err).isEqualTo(ExitCodes.OK);
        assertThat(out)
                .contains("audit log intact")
                .contains("uncounted-audit-checkpoint v1")
                .contains("ed25519 ");
        Path kept = Files.writeString(dir.resolve("kept.txt"), out); // e-mailed to a partner, say

        Files.copy(snapshot, data.resolve("cases.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(run(store("audit", "verify"))).isEqualTo(ExitCodes.DENIED);
        assertThat(err).contains("NOT intact").contains("audit anchor");

        // roll back everything on this machine: database and anchor
        Files.copy(oldFiles.resolve("audit.anchor"), data.resolve("audit.anchor"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(run(store("audit", "verify"))).as(err).isEqualTo(ExitCodes.OK);
        assertThat(run(store("audit", "verify", "--against", kept.toString()))).isEqualTo(ExitCodes.DENIED);
        assertThat(err).contains("external checkpoint");
    }
}
