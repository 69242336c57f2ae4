package org.uncounted.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.app.ExitCodes;
import picocli.CommandLine;

/** {@code uncounted estimate mse} on published tables (UK 2013, five lists) and on bad input. */
class EstimateMseCommandTest {
    private static final String UK5 = String.join(
            "\n",
            "LA,NG,PFNCA,GO,GP,count",
            "1,0,0,0,0,54",
            "0,1,0,0,0,463",
            "0,0,1,0,0,995",
            "0,0,0,1,0,695",
            "0,0,0,0,1,316",
            "1,1,0,0,0,15",
            "1,0,1,0,0,19",
            "1,0,0,1,0,3",
            "0,1,1,0,0,62",
            "0,1,0,1,0,19",
            "0,1,0,0,1,1",
            "0,0,1,1,0,76",
            "0,0,1,0,1,11",
            "0,0,0,1,1,8",
            "1,1,1,0,0,1",
            "1,1,0,1,0,1",
            "0,1,1,1,0,4",
            "1,1,1,1,0,1");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private Run run(String... args) {
        CommandLine cl = UncountedCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void mse_ukFiveListsStepwiseJson_reportsPublishedEstimateAndInterval() throws Exception {
        Run r = run("estimate", "mse", write("uk5.csv", UK5).toString(), "--json");
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("observed").asLong()).isEqualTo(2744);
        assertThat(json.get("estimate").asDouble()).isBetween(11312.98, 11313.00);
        assertThat(json.get("lower").asDouble()).isBetween(9884.35, 9884.45);
        assertThat(json.get("upper").asDouble()).isBetween(13027.35, 13027.45);
        assertThat(json.get("level").asDouble()).isEqualTo(0.95);
        assertThat(json.get("interval_method").asText()).isEqualTo("wald-log-dark-figure");
        assertThat(json.get("method").asText()).isEqualTo("stepwise");
        assertThat(json.get("terms").asText()).isEqualTo("[12,13,24,25,35,45]");
        assertThat(json.get("diagnostics").get("non_overlapping_pairs").get(0).asText())
                .isEqualTo("LA·GP");
    }

    @Test
    void mse_compare_printsEveryMethodSideBySide() throws Exception {
        Run r = run("estimate", "mse", write("uk5.csv", UK5).toString(), "--compare");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains(
                        "stepwise", "11,313.0", "bic", "22,991.3", "independence", "13,444.1", "mth-chao", "13,570.0");
    }

    @Test
    void mse_bootstrapSeeded_sameSeedSameInterval() throws Exception {
        Path f = write("uk5.csv", UK5);
        Run a = run("estimate", "mse", f.toString(), "--bootstrap", "100", "--seed", "5", "--json");
        Run b = run("estimate", "mse", f.toString(), "--bootstrap", "100", "--seed", "5", "--json");
        assertThat(a.code()).isZero();
        assertThat(a.out()).isEqualTo(b.out()).contains("\"interval_method\" : \"bootstrap-bca\"");
    }

    @Test
    void mse_strata_estimatesEachStratumAndTotal() throws Exception {
        StringBuilder csv = new StringBuilder("region,A,B,C,count\n");
        for (String s : new String[] {"north", "south"}) {
            csv.append(s)
                    .append(",1,0,0,60\n")
                    .append(s)
                    .append(",0,1,0,50\n")
                    .append(s)
                    .append(",0,0,1,40\n")
                    .append(s)
                    .append(",1,1,0,20\n")
                    .append(s)
                    .append(",1,0,1,15\n")
                    .append(s)
                    .append(",0,1,1,12\n")
                    .append(s)
                    .append(",1,1,1,5\n");
        }
        Run r = run(
                "estimate",
                "mse",
                write("strata.csv", csv.toString()).toString(),
                "--strata",
                "region",
                "--method",
                "independence",
                "--json");
        assertThat(r.code()).isZero();
        JsonNode results = new ObjectMapper().readTree(r.out()).get("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("stratum").asText()).isEqualTo("north");
        assertThat(results.get(2).get("stratum").asText()).isEqualTo("total");
        assertThat(results.get(2).get("observed").asLong())
                .isEqualTo(2 * results.get(0).get("observed").asLong());
    }

    @Test
    void mse_plotSvg_writesChart() throws Exception {
        Path svg = dir.resolve("uk5.svg");
        Run r = run("estimate", "mse", write("uk5.csv", UK5).toString(), "--compare", "--plot", svg.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readString(svg)).contains("<svg");
    }

    @Test
    void mse_fractionalCount_badInputNamingLineColumnAndValue() throws Exception {
        Run r = run(
                "estimate",
                "mse",
                write("bad.csv", "A,B,count\n1,0,3\n0,1,2.5\n1,1,1\n").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("bad.csv", "line 3", "count", "2.5", "whole number");
    }

    @Test
    void mse_nonIdentifiableTerms_badInputAndNoEstimate() throws Exception {
        Run r = run(
                "estimate",
                "mse",
                write("art.csv", "A,B,C,count\n1,0,0,40\n0,1,0,30\n0,0,1,20\n1,1,0,6\n")
                        .toString(),
                "--method",
                "terms:[12,13,23]");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("not identifiable", "code 2");
        assertThat(r.out()).doesNotContain("estimate");
    }
}
