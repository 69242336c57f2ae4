package org.uncounted.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class KAnonymiserTest {
    private static final UnaryOperator<String> FIVE_YEARS = y -> {
        int v = Integer.parseInt(y);
        int from = v - Math.floorMod(v, 5);
        return from + "-" + (from + 4);
    };

    private static final List<String> COLUMNS = List.of("year", "gender", "type", "isSex");

    private static Microdata data(List<List<String>> rows) {
        return new Microdata(COLUMNS, rows);
    }

    private static List<Generalisation> qis() {
        return List.of(
                new Generalisation("year", List.of(FIVE_YEARS), List.of()),
                Generalisation.withholdOnly("gender"),
                new Generalisation("type", List.of(), List.of("isSex")));
    }

    @Test
    void apply_distinctYears_coarsensYearToPeriodsAndNothingElse() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(List.of(Integer.toString(2010 + i % 10), "Female", "prostitution", "1"));
        }
        KAnonymisedData out = KAnonymiser.of(11).apply(data(rows), qis());
        assertThat(out.levels())
                .containsEntry("year", 1)
                .containsEntry("gender", 0)
                .containsEntry("type", 0);
        assertThat(out.data().rows()).extracting(r -> r.get(0)).containsOnly("2010-2014", "2015-2019");
        assertThat(out.removedRecords()).isZero();
        assertThat(out.smallestClass()).isEqualTo(15);
    }

    @Test
    void apply_rareRecordWithinAllowance_isRemovedNotCoarsened() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 99; i++) {
            rows.add(List.of("2015", "Female", "marriage", "0"));
        }
        rows.add(List.of("2015", "Male", "marriage", "0"));
        KAnonymisedData out = KAnonymiser.of(11).apply(data(rows), qis());
        assertThat(out.removedRecords()).isEqualTo(1);
        assertThat(out.levels().values()).containsOnly(0);
        assertThat(out.data().rows()).extracting(r -> r.get(1)).containsOnly("Female");
    }

    @Test
    void apply_withheldType_withholdsItsDependentFlags() {
        List<List<String>> rows = new ArrayList<>();
        String[] types = {"prostitution", "marriage", "cybersex", "labour", "other"};
        for (int i = 0; i < 40; i++) {
            rows.add(List.of("2015", "Female", types[i % 5], i % 5 == 0 ? "1" : "0"));
        }
        // every type is 8 < 11 records: the type (the only varying quasi-identifier) must go
        KAnonymisedData out = KAnonymiser.of(11).maxRemovedShare(0).apply(data(rows), qis());
        assertThat(out.levels()).containsEntry("type", 1);
        assertThat(out.data().rows()).allSatisfy(r -> {
            assertThat(r.get(2)).isEqualTo("-99");
            assertThat(r.get(3)).as("the flag derived from the type").isEqualTo("-99");
        });
    }

    @Test
    void apply_fewerRecordsThanK_releasesNothing() {
        List<List<String>> rows = List.of(List.of("2015", "Female", "marriage", "0"));
        KAnonymisedData out = KAnonymiser.of(11).apply(data(rows), qis());
        assertThat(out.data().rows()).isEmpty();
        assertThat(out.removedRecords()).isEqualTo(1);
    }

    /** Property and adversarial check: an intruder who knows every quasi-identifier never narrows a person to fewer than k records. */
    @Test
    void apply_randomTables_everyCombinationAtLeastK_andDeterministic() {
        long seed = 20261129L;
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] genders = {"Female", "Female", "Female", "Male", "-99"};
        String[] types = {"prostitution", "marriage", "cybersex", "labour"};
        for (int trial = 0; trial < 200; trial++) {
            int n = rnd.nextInt(1, 400);
            int k = rnd.nextInt(2, 16);
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String type = types[rnd.nextInt(types.length)];
                rows.add(List.of(
                        Integer.toString(2000 + rnd.nextInt(25)),
                        genders[rnd.nextInt(genders.length)],
                        type,
                        type.equals("prostitution") ? "1" : "0"));
            }
            double share = rnd.nextDouble(0, 0.1);
            KAnonymiser anonymiser = KAnonymiser.of(k).maxRemovedShare(share);
            KAnonymisedData out = anonymiser.apply(data(rows), qis());
            List<String> names = List.of("year", "gender", "type");
            assertThat(out.data().classes(names).values())
                    .as("seed %d trial %d n %d k %d", seed, trial, n, k)
                    .allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(k));
            assertThat(out.data().rows().size() + out.removedRecords()).isEqualTo(n);
            assertThat(anonymiser.apply(data(rows), qis())).isEqualTo(out);
        }
    }

    @Test
    void microdata_rowOfWrongLength_namesTheRow() {
        assertThatThrownBy(() -> new Microdata(List.of("a", "b"), List.of(List.of("1", "2"), List.of("1"))))
                .isInstanceOf(InvalidTableException.class)
                .hasMessageContaining("row 2");
        assertThatThrownBy(() -> KAnonymiser.of(1)).hasMessageContaining("k must be at least 2");
    }
}
