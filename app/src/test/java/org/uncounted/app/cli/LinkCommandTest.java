package org.uncounted.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.app.ExitCodes;
import picocli.CommandLine;

/** {@code uncounted link} on two small files written in different scripts. */
class LinkCommandTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = UncountedCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        int code = cl.execute(args);
        assertThat(code).as(out.toString()).isEqualTo(ExitCodes.OK);
        return out.toString();
    }

    private Path write(String name, String... lines) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, List.of(lines), StandardCharsets.UTF_8);
        return p;
    }

    private Path shelter() throws Exception {
        return write(
                "shelter.csv",
                "record_id,name,birth_year,origin",
                "s1,김영희,1985,혜산",
                "s2,박은숙,1979,무산",
                "s3,이순자,1990,청진",
                "s4,최명희,1972,회령",
                "s5,정옥순,1968,온성");
    }

    private Path interviews() throws Exception {
        return write(
                "interviews.csv",
                "record_id,name,age,age_at,origin",
                "i1,Kim Young-hee,30,2015,Hyesan",
                "i2,Park Eunsook,36,2015,Musan",
                "i3,Ri Sun Ja,25,2015,Chongjin",
                "i4,Han Mija,50,2015,Manpo",
                "i5,Choe Myong Hui,43,2015,Hoeryong");
    }

    @Test
    void link_twoScripts_writesPersonIdsAndEvaluates() throws Exception {
        Path truth = write(
                "truth.csv",
                "record_id,person_id",
                "s1,A",
                "i1,A",
                "s2,B",
                "i2,B",
                "s3,C",
                "i3,C",
                "s4,D",
                "i5,D",
                "s5,E",
                "i4,F");
        Path out = dir.resolve("clusters.csv");
        Path pairs = dir.resolve("pairs.csv");
        String printed = run(
                "link",
                shelter().toString(),
                interviews().toString(),
                "--out",
                out.toString(),
                "--pairs",
                pairs.toString(),
                "--truth",
                truth.toString(),
                "--replicates",
                "3",
                "--seed",
                "7");
        List<String> rows = Files.readAllLines(out);
        assertThat(rows.get(0)).isEqualTo("record_id,person_id");
        assertThat(rows).hasSize(11);
        assertThat(printed).contains("pairwise precision=").contains("B-cubed");
        assertThat(Files.readAllLines(pairs).get(0)).startsWith("record_id_a,record_id_b,probability,match_weight");
        assertThat(Files.readAllLines(dir.resolve("clusters.replicates.csv"))).hasSize(1 + 3 * 10);
        String s1 = rows.stream()
                .filter(r -> r.startsWith("s1,"))
                .findFirst()
                .orElseThrow()
                .split(",")[1];
        String i1 = rows.stream()
                .filter(r -> r.startsWith("i1,"))
                .findFirst()
                .orElseThrow()
                .split(",")[1];
        assertThat(s1).isEqualTo(i1);
        assertThat(printed).doesNotContain("김영희").doesNotContain("Young-hee");
    }

    @Test
    void link_settingsMapDateColumns_explainsPairsByTrajectoryAndEvent() throws Exception {
        Path a = write(
                "a.csv",
                "record_id,name,birth_year,crossed,detained",
                "a1,김영희,1985,2015-03,2019",
                "a2,박은숙,1979,~2010,2012-05-02",
                "a3,이순자,1990,2016/2017,");
        Path b = write(
                "b.csv",
                "record_id,name,birth_year,crossed,detained",
                "b1,Ms Kim,1985,2015-03-20,2019-02",
                "b2,Park Eunsook,1979,2011,",
                "b3,Ri Sun Ja,1990,2017,2020");
        Path settings = write(
                "settings.json", "{\"fields\": {\"crossed\": \"TRAJECTORY_DATE\", \"detained\": \"EVENT_DATE\"}}");
        List<String> mapped = scoredPairs(a, b, "--settings", settings.toString());
        List<String> header = List.of(mapped.get(0).split(","));
        assertThat(header).contains("w_trajectory", "w_detained");
        String[] a1b1 = mapped.stream()
                .filter(r -> r.startsWith("a1,b1,"))
                .findFirst()
                .orElseThrow()
                .split(",");
        // 2015-03 against 2015-03-20 agrees by month: the trajectory speaks for the pair
        assertThat(Double.parseDouble(a1b1[header.indexOf("w_trajectory")])).isPositive();
        assertThat(scoredPairs(a, b).get(0)).doesNotContain("w_trajectory").doesNotContain("w_detained");
    }

    /** The lines of --pairs (every candidate pair) from linking {@code a} and {@code b} with {@code extra} options. */
    private List<String> scoredPairs(Path a, Path b, String... extra) throws Exception {
        Path pairs = dir.resolve("pairs.csv");
        List<String> args = new java.util.ArrayList<>(List.of(
                "link",
                a.toString(),
                b.toString(),
                "--out",
                dir.resolve("c.csv").toString(),
                "--pairs",
                pairs.toString(),
                "--min-probability",
                "0"));
        args.addAll(List.of(extra));
        run(args.toArray(new String[0]));
        return Files.readAllLines(pairs);
    }

    @Test
    void link_datesInAnotherFormat_areCountedAsUnused_withoutTheirValues() throws Exception {
        Path a = write(
                "a.csv",
                "record_id,name,birth_year,crossing_date",
                "a1,김영희,1985,2015/03/21",
                "a2,박은숙,1979,2011년 3월",
                "a3,이순자,1990,2016-04");
        Path b = write("b.csv", "record_id,name,birth_year,crossing_date", "b1,Kim Young-hee,1985,2010s");
        String printed = run(
                "link",
                a.toString(),
                b.toString(),
                "--out",
                dir.resolve("c.csv").toString());
        assertThat(printed)
                .contains("note: column 'crossing_date': 3 values not used as dates")
                .doesNotContain("2015/03/21")
                .doesNotContain("2011년");
    }

    @Test
    void link_storedNonMatchDecision_overridesModel() throws Exception {
        Path decisions = write("decisions.csv", "record_id_a,record_id_b,decision", "s1,i1,non-match");
        Path out = dir.resolve("clusters.csv");
        run(
                "link",
                shelter().toString(),
                interviews().toString(),
                "--out",
                out.toString(),
                "--decisions",
                decisions.toString());
        List<String> rows = Files.readAllLines(out);
        String s1 = rows.stream()
                .filter(r -> r.startsWith("s1,"))
                .findFirst()
                .orElseThrow()
                .split(",")[1];
        String i1 = rows.stream()
                .filter(r -> r.startsWith("i1,"))
                .findFirst()
                .orElseThrow()
                .split(",")[1];
        assertThat(s1).isNotEqualTo(i1);
    }

    @Test
    void link_missingRecordId_isBadInput() throws Exception {
        Path bad = write("bad.csv", "name,birth_year", "김영희,1985");
        StringWriter err = new StringWriter();
        CommandLine cl = UncountedCommand.commandLine();
        cl.setErr(new PrintWriter(err));
        int code =
                cl.execute("link", bad.toString(), "--out", dir.resolve("o.csv").toString());
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("record_id");
    }
}
