package org.uncounted.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.app.ExitCodes;
import org.uncounted.app.Main;

class SimulateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void simulate_smallPopulation_writesOrganisationsTruthLinkageAndSummary() {
        Path out = tmp.resolve("sim");
        int code = Main.run("simulate", "--women", "800", "--seed", "3", "--out", out.toString(), "--quiet");
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.resolve("organisations/rescue-network.json")).exists();
        assertThat(out.resolve("organisations/repatriation-list.json")).exists();
        assertThat(out.resolve("truth/trajectories.csv")).exists();
        assertThat(out.resolve("truth/capture_histories.csv")).exists();
        assertThat(out.resolve("linkage/records.csv")).exists();
        assertThat(out.resolve("linkage/truth.csv")).exists();
        assertThat(out.resolve("summary.json")).exists();
    }

    @Test
    void simulate_writeDefaultParams_thenRunWithEditedCopy() throws IOException {
        Path params = tmp.resolve("my.properties");
        assertThat(Main.run("simulate", "--write-default-params", params.toString()))
                .isEqualTo(ExitCodes.OK);
        String text = Files.readString(params, StandardCharsets.UTF_8);
        assertThat(text).contains("P-POP-1");
        Files.writeString(params, text.replace("pop.transient-share = 0.15", "pop.transient-share = 0.30"));
        int code = Main.run(
                "simulate",
                "--women",
                "300",
                "--params",
                params.toString(),
                "--out",
                tmp.resolve("o").toString(),
                "--quiet",
                "--start-year",
                "2000",
                "--end-year",
                "2010");
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(tmp.resolve("o/parameters.properties"))).contains("pop.transient-share = 0.30");
    }

    @Test
    void simulate_unknownParameter_exitsWithBadInput() throws IOException {
        Path params = tmp.resolve("bad.properties");
        Files.writeString(params, "pop.no-such-key = 1\n");
        int code = Main.run(
                "simulate",
                "--women",
                "10",
                "--params",
                params.toString(),
                "--out",
                tmp.resolve("x").toString(),
                "--quiet");
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(tmp.resolve("x")).doesNotExist();
    }
}
