package org.uncounted.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uncounted.model.Case;

class CaseJsonRoundTripTest {
    static byte[] write(List<Case> cases) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CaseJsonWriter w = CaseJsonWriter.open(out, SyntheticCases.SOURCE)) {
            cases.forEach(w::write);
        }
        return out.toByteArray();
    }

    static List<Case> read(byte[] bytes) {
        List<Case> cases = new ArrayList<>();
        CaseFileReport report =
                CaseJsonReader.standard().read(new ByteArrayInputStream(bytes), "mem.json", (c, line) -> cases.add(c));
        assertThat(report.render()).isEmpty();
        assertThat(report.header().source()).isEqualTo(SyntheticCases.SOURCE);
        return cases;
    }

    @Test
    void exportImportExport_givesIdenticalBytesAndEqualCases() {
        List<Case> original = List.of(SyntheticCases.rich(1), SyntheticCases.minimal(2), SyntheticCases.rich(3));
        byte[] first = write(original);
        List<Case> back = read(first);
        assertThat(back).isEqualTo(original);
        assertThat(write(back)).isEqualTo(first);
    }

    @Test
    void canonicalLayout_headerThenOneCasePerLine_lfOnly() {
        String text = new String(
                write(List.of(SyntheticCases.minimal(1), SyntheticCases.minimal(2))), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r").endsWith("]}\n");
        String[] lines = text.split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0])
                .startsWith("{\"format\":\"uncounted-cases\",\"version\":1,\"source\":{\"id\":\"ngo-a\"")
                .endsWith("\"cases\":[");
        assertThat(lines[1])
                .isEqualTo(
                        "{\"caseId\":\"m-1\",\"sourceRecordId\":\"mrec-1\",\"persons\":[{\"id\":\"p\",\"sex\":\"unknown\","
                                + "\"ethnicity\":\"unknown\",\"possiblyInChina\":false,\"currentStatus\":\"unknown\",\"groupSize\":1}]},");
    }

    @Test
    void read_handlerGetsCasesWithTheirLines() {
        List<Long> lines = new ArrayList<>();
        CaseJsonReader.standard()
                .read(
                        new ByteArrayInputStream(write(List.of(SyntheticCases.minimal(1), SyntheticCases.minimal(2)))),
                        "mem.json",
                        (c, line) -> lines.add(line));
        assertThat(lines).containsExactly(2L, 3L);
    }

    @Test
    void emptyCaseList_isValid() {
        CaseFileReport r = CaseJsonReader.standard().read(new ByteArrayInputStream(write(List.of())), "mem.json", null);
        assertThat(r.isValid()).isTrue();
        assertThat(r.validCases()).isZero();
    }
}
