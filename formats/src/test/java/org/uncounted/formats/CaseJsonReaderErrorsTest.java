package org.uncounted.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.model.Case;

/** Every bad input named in issue 2 gets a clear, located error; fixtures are synthetic. */
class CaseJsonReaderErrorsTest {
    private static String goodFile() {
        return new String(
                CaseJsonRoundTripTest.write(List.of(SyntheticCases.rich(1), SyntheticCases.rich(2))),
                StandardCharsets.UTF_8);
    }

    private static CaseFileReport read(byte[] bytes) {
        return CaseJsonReader.standard().read(new ByteArrayInputStream(bytes), "bad.json", null);
    }

    private static CaseFileReport read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces the first occurrence in the second case (line 3). */
    private static String inSecondCase(String from, String to) {
        String[] lines = goodFile().split("\n", -1);
        assertThat(lines[2]).contains(from);
        lines[2] = lines[2].replaceFirst(
                java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        return String.join("\n", lines);
    }

    private static RecordError onlyError(CaseFileReport r) {
        assertThat(r.errors()).as(r.render()).hasSize(1);
        return r.errors().get(0);
    }

    @Test
    void malformedJson_reportsLineAndStops() {
        RecordError e = onlyError(read(inSecondCase("\"caseId\":\"case-2\",", "\"caseId\":\"case-2\" ")));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.rule()).startsWith("malformed JSON");
    }

    @Test
    void invalidUtf8_isReported() {
        byte[] good = goodFile().getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(good, good.length);
        int at = goodFile().indexOf("Synthetic narrative 2") + 2;
        bad[at] = (byte) 0xff;
        RecordError e = onlyError(read(bad));
        assertThat(e.rule()).isEqualTo("invalid UTF-8 byte sequence; the file must be UTF-8");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void utf16File_isRejectedBeforeParsing() {
        byte[] utf16 = goodFile().getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
        RecordError e = onlyError(read(utf16));
        assertThat(e.toString())
                .isEqualTo(
                        "bad.json:0: field '' value '': the file is UTF-16 (byte-order mark FE FF); it must be UTF-8");
        assertThat(read(goodFile().getBytes(StandardCharsets.UTF_16LE))
                        .errors()
                        .get(0)
                        .rule())
                .contains("NUL bytes");
    }

    @Test
    void unknownVocabularyValue_namesFieldValueAndAllowedCodes() {
        RecordError e = onlyError(
                read(inSecondCase("\"exploitationType\":\"forced_marriage\"", "\"exploitationType\":\"slavery\"")));
        assertThat(e.toString())
                .isEqualTo(
                        "bad.json:3: field 'cases[1].events[3].exploitationType' value 'slavery': not a known "
                                + "ExploitationType code (allowed: forced_marriage, prostitution, cybersex, forced_labour, domestic_servitude, other)");
    }

    @Test
    void unknownPlace_isReported() {
        RecordError e = onlyError(read(inSecondCase("\"id\":\"CN-222406\"", "\"id\":\"CN-999999\"")));
        assertThat(e.field()).isEqualTo("cases[1].events[1].place.id");
        assertThat(e.value()).isEqualTo("CN-999999");
        assertThat(e.rule()).startsWith("unknown place");
    }

    @Test
    void exploitationEndingBeforeItStarts_isReported() {
        RecordError e = onlyError(read(inSecondCase("\"end\":\"2017/2018\"", "\"end\":\"2014\"")));
        assertThat(e.toString())
                .isEqualTo("bad.json:3: field 'cases[1].events[3].end' value '2014': "
                        + "an exploitation spell must not end before it starts (2015-02)");
    }

    @Test
    void negativePrice_isReported() {
        RecordError e = onlyError(read(inSecondCase("\"amount\":12000.5", "\"amount\":-12000.5")));
        assertThat(e.field()).isEqualTo("cases[1].events[2].price.amount");
        assertThat(e.rule()).isEqualTo("must not be negative");
    }

    @Test
    void absurdPrice_isReported() {
        RecordError e = onlyError(read(inSecondCase("\"amount\":12000.5", "\"amount\":120000000000")));
        assertThat(e.toString())
                .isEqualTo("bad.json:3: field 'cases[1].events[2].price' value '120000000000 CNY': "
                        + "a price must be below 10000000 CNY (absurdity bound)");
    }

    @Test
    void unknownCurrency_isReported() {
        RecordError e = onlyError(read(inSecondCase("\"currency\":\"CNY\"", "\"currency\":\"RMB\"")));
        assertThat(e.field()).isEqualTo("cases[1].events[2].price.currency");
        assertThat(e.rule()).contains("Currency").contains("CNY, USD, EUR, GBP, KRW, KPW");
    }

    @Test
    void ageOf200_isReported() {
        RecordError e = onlyError(read(inSecondCase("\"years\":\"24-25\"", "\"years\":\"200\"")));
        assertThat(e.toString())
                .isEqualTo(
                        "bad.json:3: field 'cases[1].persons[0].age.years' value '200': must be between 0 and 120 years");
    }

    @Test
    void fiftyMegabyteField_isReportedWithoutReadingItWhole() {
        String good = goodFile();
        int at = good.indexOf("Synthetic narrative 2");
        byte[] head = good.substring(0, at).getBytes(StandardCharsets.UTF_8);
        InputStream huge = new InputStream() {
            long left = 50L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(head), huge);
        CaseFileReport r = CaseJsonReader.standard().read(in, "big.json", null);
        RecordError e = onlyError(r);
        assertThat(e.field()).isEqualTo("cases[1].narrative");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.rule()).isEqualTo("value is longer than the maximum field length of 1048576 characters");
    }

    @Test
    void possiblyInChina_placeFinerThanPrefecture_isRefused() {
        CaseFileReport r = read(inSecondCase("\"possiblyInChina\":false", "\"possiblyInChina\":true"));
        assertThat(r.errors())
                .extracting(RecordError::toString)
                .containsExactly(
                        "bad.json:3: field 'cases[1].events[1].place.id' value 'CN-222406': a person in this case may still be in"
                                + " China (possiblyInChina), so places in China must be prefecture level or coarser (domain.md section 4)",
                        "bad.json:3: field 'cases[1].events[8].place.id' value 'CN-222402': a person in this case may still be in"
                                + " China (possiblyInChina), so places in China must be prefecture level or coarser (domain.md section 4)");
    }

    @Test
    void truncatedFile_isReportedAsMalformed() {
        String good = goodFile();
        RecordError e = onlyError(read(good.substring(0, good.length() - 200)));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.rule())
                .startsWith("malformed JSON: Unexpected end-of-input")
                .doesNotContain("Source");
    }

    @Test
    void header_wrongVersionOrCasesBeforeSource_isReported() {
        assertThat(onlyError(read(goodFile().replace("\"version\":1", "\"version\":2")))
                        .toString())
                .isEqualTo("bad.json:1: field 'version' value '2': unsupported version; this reader reads version 1");
        String reordered = "{\"format\":\"uncounted-cases\",\"version\":1,\"cases\":[],\"source\":{}}";
        assertThat(onlyError(read(reordered)).rule())
                .isEqualTo("\"format\", \"version\" and a valid \"source\" must come before \"cases\"");
        assertThat(onlyError(read("[1,2]")).rule()).startsWith("a case file is one JSON object");
    }

    @Test
    void emptyFile_andWhitespaceOnly_areReported() {
        assertThat(onlyError(read(new byte[0])).rule()).isEqualTo("the file is empty");
        assertThat(onlyError(read(" \n ")).rule()).startsWith("the file contains no JSON value");
    }

    @Test
    void sensitiveFieldErrors_neverShowTheValue() {
        String narrative = "\"Synthetic narrative 2, with \\\"quotes\\\",\\nnewline, 한글 and 中文.\"";
        RecordError e =
                onlyError(read(inSecondCase("\"narrative\":" + narrative, "\"narrative\":[" + narrative + "]")));
        assertThat(e.field()).isEqualTo("cases[1].narrative");
        assertThat(e.value()).isEqualTo("<redacted>");
        assertThat(e.toString()).doesNotContain("Synthetic narrative");
    }

    @Test
    void manyBadRecords_allReported_andHandlerStopsAtFirstError() {
        String header = goodFile().split("\n")[0];
        StringBuilder sb = new StringBuilder(header).append('\n');
        String good = new String(
                        CaseJsonRoundTripTest.write(List.of(SyntheticCases.minimal(0))), StandardCharsets.UTF_8)
                .split("\n")[1];
        for (int i = 0; i < 3000; i++) {
            String line = good.replace("m-0", "m-" + i).replace("mrec-0", "mrec-" + i);
            if (i == 5 || i >= 1000) {
                line = line.replace("\"sex\":\"unknown\"", "\"sex\":\"x\"");
            }
            sb.append(line.endsWith(",") || i == 2999 ? line : line + ",").append('\n');
        }
        String text = sb.toString().replaceAll(",\n$", "\n") + "]}\n";
        List<Case> handed = new ArrayList<>();
        CaseFileReport r = CaseJsonReader.standard()
                .read(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                        "many.json",
                        (c, l) -> handed.add(c));
        assertThat(r.totalErrors()).isEqualTo(2001);
        assertThat(r.errors()).hasSize(FormatLimits.MAX_ERRORS);
        assertThat(r.errors().get(0).line()).isEqualTo(7);
        assertThat(r.render()).endsWith("… and 1001 more errors\n");
        assertThat(handed).hasSize(5);
        assertThat(r.isValid()).isFalse();
    }

    @Test
    void readOrThrow_invalidFile_throwsWithReport(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, inSecondCase("\"currency\":\"CNY\"", "\"currency\":\"RMB\""));
        assertThatThrownBy(() -> CaseJsonReader.standard().readOrThrow(f, (c, l) -> {}))
                .isInstanceOf(InvalidCaseFileException.class)
                .hasMessageContaining("1 error(s), nothing imported")
                .hasMessageContaining("bad.json:3: field 'cases[1].events[2].price.currency' value 'RMB'");
    }

    @Test
    void duplicateRecordAndUnknownField_areReported() {
        String twice = new String(
                CaseJsonRoundTripTest.write(List.of(SyntheticCases.minimal(1), SyntheticCases.minimal(1))),
                StandardCharsets.UTF_8);
        assertThat(onlyError(read(twice)).rule()).isEqualTo("appears more than once in this file");
        RecordError e =
                onlyError(read(inSecondCase("\"caseId\":\"case-2\",", "\"caseId\":\"case-2\",\"colour\":\"red\",")));
        assertThat(e.field()).isEqualTo("cases[1].colour");
        assertThat(e.rule()).isEqualTo("unknown field for case");
        IntStream.range(0, 1).forEach(i -> {});
        ByteArrayOutputStream unused = new ByteArrayOutputStream();
        assertThat(unused.size()).isZero();
    }
}
