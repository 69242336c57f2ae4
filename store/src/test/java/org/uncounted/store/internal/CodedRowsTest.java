package org.uncounted.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CodedRowsTest {
    @Test
    void encode_nullsEmptiesAndSeparators_roundTripExactly() {
        List<String[]> rows = List.of(
                new String[] {"sale", null, "", "a,b", "c;d", "back\\slash", "\\e", ",;\\", "2001"},
                new String[] {null, null, null, null, null, null, null, null, null});
        String coded = CodedRows.encode(rows);

        List<String[]> back = CodedRows.decode(coded, 9);

        assertThat(back).hasSize(2);
        assertThat(back.get(0)).containsExactly(rows.get(0));
        assertThat(back.get(1)).containsExactly(rows.get(1));
    }

    @Test
    void encode_emptyList_isNullAndDecodesEmpty() {
        assertThat(CodedRows.encode(List.of())).isNull();
        assertThat(CodedRows.decode(null, 3)).isEmpty();
    }

    @Test
    void encode_randomFieldsFromSeparatorAlphabet_roundTrip() {
        long seed = 20261129L;
        System.out.println("CodedRowsTest seed " + seed);
        SplittableRandom r = new SplittableRandom(seed);
        String alphabet = "ab,;\\e ";
        for (int trial = 0; trial < 2000; trial++) {
            int width = 2 + r.nextInt(5);
            List<String[]> rows = new ArrayList<>();
            for (int k = 0, n = 1 + r.nextInt(4); k < n; k++) {
                String[] f = new String[width];
                for (int i = 0; i < width; i++) {
                    if (r.nextInt(4) == 0) continue;
                    StringBuilder b = new StringBuilder();
                    for (int c = 0, len = r.nextInt(5); c < len; c++)
                        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
                    f[i] = b.toString();
                }
                rows.add(f);
            }
            List<String[]> back = CodedRows.decode(CodedRows.encode(rows), width);
            assertThat(back).hasSize(rows.size());
            for (int k = 0; k < rows.size(); k++) assertThat(back.get(k)).containsExactly(rows.get(k));
        }
    }

    @Test
    void decode_wrongFieldCountOrBadEscape_isDamage() {
        assertThatThrownBy(() -> CodedRows.decode("a,b", 3)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CodedRows.decode("a,b,c,d", 3)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CodedRows.decode("a,\\x", 2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CodedRows.decode("a,\\", 2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void event_priceKeepsTwoDecimals_likeTheV1Column() {
        CaseRow.Event e = new CaseRow.Event(
                "sale",
                "src",
                "high",
                2001,
                2002,
                "year",
                "CN",
                "CN-JL",
                "forced_marriage",
                new BigDecimal("1234.5"),
                "CNY",
                2001);
        CaseRow.Event back =
                CaseRow.Event.of(CodedRows.decode(CodedRows.encode(List.<String[]>of(e.fields())), CaseRow.Event.FIELDS)
                        .get(0));

        assertThat(back).isEqualTo(e);
        assertThat(back.priceAmount()).isEqualByComparingTo("1234.50").hasToString("1234.50");
    }
}
