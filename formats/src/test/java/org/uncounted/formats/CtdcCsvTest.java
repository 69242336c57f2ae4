package org.uncounted.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uncounted.model.Case;
import org.uncounted.model.event.ExploitationSpell;
import org.uncounted.model.place.Gazetteer;
import org.uncounted.model.vocab.ExploitationType;
import org.uncounted.model.vocab.MeansOfControl;
import org.uncounted.model.vocab.Sex;

class CtdcCsvTest {
    static String write(List<Case> cases) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CtdcCsvWriter w = CtdcCsvWriter.open(out, SyntheticCases.SOURCE, Gazetteer.standard())) {
            cases.forEach(w::write);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static CaseFileReport read(String csv, List<Case> into) {
        return CtdcCsvReader.standard()
                .read(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        "ctdc.csv",
                        SyntheticCases.SOURCE,
                        into == null ? null : (c, l) -> into.add(c));
    }

    @Test
    void write_richCase_givesPublishedColumnsAndCodedValues() {
        String[] lines = write(List.of(SyntheticCases.rich(1))).split("\n");
        assertThat(lines).hasSize(2);
        List<String> header = List.of(lines[0].split(","));
        assertThat(header)
                .startsWith("yearOfRegistration", "Datasource", "gender", "ageBroad", "majorityStatus")
                .contains(
                        "meansOfControlDebtBondage",
                        "isForcedMarriage",
                        "typeOfSexRemoteInteractiveServices",
                        "recruiterRelationIntimatePartner")
                .endsWith("CountryOfExploitation");
        String[] row = lines[1].split(",");
        assertThat(row[header.indexOf("yearOfRegistration")]).isEqualTo("2019");
        assertThat(row[header.indexOf("gender")]).isEqualTo("Female");
        // Korean age 24-25 is international 22-24, which straddles two CTDC bands: band unknown, adult
        assertThat(row[header.indexOf("ageBroad")]).isEqualTo("-99");
        assertThat(row[header.indexOf("majorityStatus")]).isEqualTo("Adult");
        assertThat(row[header.indexOf("citizenship")]).isEqualTo("KP");
        assertThat(row[header.indexOf("isForcedMarriage")]).isEqualTo("1");
        assertThat(row[header.indexOf("isSexualExploit")]).isEqualTo("1");
        assertThat(row[header.indexOf("typeOfSexProstitution")]).isEqualTo("1");
        assertThat(row[header.indexOf("meansOfControlThreatOfLawEnforcement")]).isEqualTo("1");
        assertThat(row[header.indexOf("RecruiterRelationship")]).isEqualTo("Friend");
        assertThat(row[header.indexOf("CountryOfExploitation")]).isEqualTo("CN");
        assertThat(lines[1]).doesNotContain("Song").doesNotContain("가나다");
    }

    @Test
    void readThenWrite_ctdcRows_areStable() {
        String first = write(List.of(SyntheticCases.rich(1), SyntheticCases.rich(2)));
        List<Case> cases = new ArrayList<>();
        CaseFileReport r = read(first, cases);
        assertThat(r.render()).isEmpty();
        assertThat(cases).hasSize(2);
        Case c = cases.get(0);
        assertThat(c.sourceRecordId()).isEqualTo("row-1");
        assertThat(c.persons().get(0).sex()).isEqualTo(Sex.FEMALE);
        assertThat(c.persons().get(0).names()).isEmpty();
        assertThat(c.events())
                .filteredOn(ExploitationSpell.class::isInstance)
                .extracting(e -> ((ExploitationSpell) e).exploitationType())
                .containsExactly(ExploitationType.FORCED_MARRIAGE, ExploitationType.PROSTITUTION);
        assertThat(((ExploitationSpell) c.events().get(1)).meansOfControl())
                .contains(MeansOfControl.THREAT_OF_LAW_ENFORCEMENT, MeansOfControl.RESTRICTS_MOVEMENT);
        String second = write(cases);
        assertThat(withoutColumns(second)).isEqualTo(withoutColumns(first));
    }

    /** majorityStatusAtExploit and majorityEntry need dates that CTDC rows do not carry. */
    private static String withoutColumns(String csv) {
        StringBuilder sb = new StringBuilder();
        for (String line : csv.split("\n")) {
            String[] cells = line.split(",", -1);
            cells[5] = "";
            cells[6] = "";
            sb.append(String.join(",", cells)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void badCells_areReportedWithLineColumnAndRule() {
        String good = write(List.of(SyntheticCases.rich(1), SyntheticCases.rich(2)));
        String[] lines = good.split("\n");
        List<String> header = List.of(lines[0].split(","));
        String[] row = lines[2].split(",", -1);
        row[header.indexOf("gender")] = "Femal";
        row[header.indexOf("isForcedMarriage")] = "yes";
        row[header.indexOf("CountryOfExploitation")] = "ZZ";
        row[header.indexOf("ageBroad")] = "200";
        lines[2] = String.join(",", row);
        CaseFileReport r = read(String.join("\n", lines) + "\n", new ArrayList<>());
        assertThat(r.errors())
                .extracting(RecordError::toString)
                .containsExactly(
                        "ctdc.csv:3: field 'gender' value 'Femal': must be Female, Male or -99",
                        "ctdc.csv:3: field 'ageBroad' value '200': must be one of 0--8, 9--17, 18--20, 21--23, 24--26, 27--29, 30--38, 39--47, 48+ or -99",
                        "ctdc.csv:3: field 'CountryOfExploitation' value 'ZZ': unknown place: not a gazetteer id (see docs/formats.md, Places)",
                        "ctdc.csv:3: field 'isForcedMarriage' value 'yes': must be 0, 1 or -99");
    }

    @Test
    void fileProblems_emptyUtf16InvalidUtf8MissingColumnMalformed() {
        assertThat(read("", null).errors().get(0).rule()).isEqualTo("the file is empty");
        CaseFileReport utf16 = CtdcCsvReader.standard()
                .read(
                        new ByteArrayInputStream(
                                write(List.of(SyntheticCases.rich(1))).getBytes(StandardCharsets.UTF_16)),
                        "u.csv",
                        SyntheticCases.SOURCE,
                        null);
        assertThat(utf16.errors().get(0).rule()).contains("UTF-16");
        byte[] bad = write(List.of(SyntheticCases.rich(1))).getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 3] = (byte) 0xC3;
        bad[bad.length - 2] = (byte) 0x28;
        CaseFileReport badUtf8 =
                CtdcCsvReader.standard().read(new ByteArrayInputStream(bad), "b.csv", SyntheticCases.SOURCE, null);
        assertThat(badUtf8.errors())
                .extracting(RecordError::rule)
                .contains("invalid UTF-8 byte sequence; the file must be UTF-8");
        assertThat(read("gender,ageBroad\nFemale,18--20\n", null)
                        .errors()
                        .get(0)
                        .toString())
                .isEqualTo(
                        "ctdc.csv:1: field 'yearOfRegistration' value '': required CTDC column is missing from the header");
        String header = write(List.of()).trim();
        CaseFileReport malformed = read(header + "\n\"2019,Female\n", null);
        assertThat(malformed.errors().get(0).rule()).startsWith("malformed CSV");
        CaseFileReport longLine = read(header + "\n" + "x".repeat(FormatLimits.MAX_FIELD_CHARS + 10) + "\n", null);
        assertThat(longLine.errors().get(0).toString())
                .isEqualTo(
                        "ctdc.csv:2: field '' value '<too long>': line is longer than the maximum of 1048576 characters");
    }
}
