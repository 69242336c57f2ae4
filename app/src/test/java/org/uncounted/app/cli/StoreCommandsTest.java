package org.uncounted.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.app.ExitCodes;
import picocli.CommandLine;

/** The store's CLI verbs end to end on an embedded store: exit codes and what they print. */
class StoreCommandsTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        CommandLine cl = UncountedCommand.commandLine();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        int code = cl.execute(args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private String[] store(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = dir.resolve("store").toString();
        all[args.length + 2] = "--passphrase-file";
        all[args.length + 3] = dir.resolve("pass").toString();
        return all;
    }

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
