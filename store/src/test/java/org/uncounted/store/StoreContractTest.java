package org.uncounted.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.uncounted.security.keys.WrongPassphraseException;

/**
 * The behaviour every storage backend must have. Subclasses supply the backend: H2 always,
 * PostgreSQL when reachable.
 */
abstract class StoreContractTest extends BackendTests {
    @Test
    void create_thenReopenWithSamePassphrase_auditChainVerifies() {
        Backend b = backend();
        b.create().close();
        try (CaseStore store = b.reopen(Backend.PASSPHRASE)) {
            var result = store.asOperator().verifyAudit();
            assertThat(result.valid()).as(result.reason()).isTrue();
            assertThat(result.entriesChecked()).isEqualTo(1);
        }
    }

    @Test
    void reopen_wrongPassphrase_isRefused() {
        Backend b = backend();
        b.create().close();
        assertThatThrownBy(() -> b.reopen("not the right passphrase".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void create_twice_isRefusedAndFirstStoreStillOpens() {
        Backend b = backend();
        b.create().close();
        assertThatThrownBy(b::create).isInstanceOf(StoreAlreadyExistsException.class);
        b.reopen(Backend.PASSPHRASE).close();
    }

    // ---- import and export -----------------------------------------------------------------

    @TempDir
    Path files;

    static final Progress QUIET = Progress.NONE;

    @Test
    void importJson_richCases_storesCodedProjectionAndCounts() {
        Backend b = backend();
        try (CaseStore store = b.create()) {
            ImportReport r = store.asOperator()
                    .importJson(Fixtures.write(files.resolve("a.json"), Fixtures.rich(3, 1, "")), null, QUIET);
            assertThat(r.created()).isEqualTo(3);
            StoreStatistics st = store.asOperator().statistics();
            assertThat(st.casesPerSource()).containsEntry("ngo-a", 3L);
            assertThat(st.eventsByType()).containsEntry("sale", 3L).containsEntry("exploitation_spell", 6L);
            assertThat(st.prices())
                    .extracting(StoreStatistics.PriceSummary::exploitationType)
                    .containsExactly("forced_marriage", "prostitution");
            CaseView v = store.asOperator()
                    .caseView(store.asOperator().listCases(null, 1, 0).get(0).id());
            assertThat(v.summary().originProvince()).isEqualTo("KP-09");
            assertThat(v.summary().ageAtCrossing()).isEqualTo(2015 - 1993);
            assertThat(v.events()).hasSize(11);
            assertThat(v.events().get(2).priceAmount()).isEqualByComparingTo("12000.5");
            assertThat(v.events().get(10).assertedBy()).isEqualTo("media-x");
        }
    }

    @Test
    void importJson_sameFileTwice_secondRunWritesNothing() {
        Backend b = backend();
        Path file = Fixtures.write(files.resolve("a.json"), Fixtures.rich(5, 1, ""));
        try (CaseStore store = b.create()) {
            store.asOperator().importJson(file, null, QUIET);
            StoreState before = StoreState.of(store);
            ImportReport again = store.asOperator().importJson(file, null, QUIET);
            assertThat(again.created()).isZero();
            assertThat(again.unchanged()).isEqualTo(5);
            StoreState after = StoreState.of(store);
            assertThat(after.rows()).isEqualTo(withOneMoreAuditEntry(before.rows()));
        }
    }

    private static java.util.Map<String, Long> withOneMoreAuditEntry(java.util.Map<String, Long> rows) {
        var m = new java.util.LinkedHashMap<>(rows);
        m.put("audit_log", m.get("audit_log") + 1);
        return m;
    }

    @Test
    void importJson_changedRecord_updatesInPlaceWithNextRevision() {
        Backend b = backend();
        try (CaseStore store = b.create()) {
            store.asOperator()
                    .importJson(Fixtures.write(files.resolve("a.json"), Fixtures.rich(2, 1, "")), null, QUIET);
            ImportReport r = store.asOperator()
                    .importJson(Fixtures.write(files.resolve("b.json"), Fixtures.rich(2, 1, "changed")), null, QUIET);
            assertThat(r.updated()).isEqualTo(2);
            assertThat(r.created()).isZero();
            List<CaseSummary> cases = store.asOperator().listCases(null, 10, 0);
            assertThat(cases)
                    .hasSize(2)
                    .allSatisfy(c -> assertThat(c.revision()).isEqualTo(2));
            String doc = new String(
                    store.asOperator().readDocument(cases.get(0).id()), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(doc).contains("Ka Nada changed1");
        }
    }

    @Test
    void exportJson_importIntoFreshStore_exportsIdenticalBytes() throws Exception {
        Backend b = backend();
        List<org.uncounted.model.Case> cases = new ArrayList<>(Fixtures.rich(4, 1, ""));
        cases.add(Fixtures.minimal(9));
        Path original = Fixtures.write(files.resolve("orig.json"), cases);
        Path first = files.resolve("first.json");
        Path second = files.resolve("second.json");
        try (CaseStore store = b.create()) {
            store.asOperator().importJson(original, null, QUIET);
            try (var out = java.nio.file.Files.newOutputStream(first)) {
                assertThat(store.asOperator().exportJson("ngo-a", out, QUIET)).isEqualTo(5);
            }
        }
        try (CaseStore other = fresh(b).create()) {
            other.asOperator().importJson(first, null, QUIET);
            try (var out = java.nio.file.Files.newOutputStream(second)) {
                other.asOperator().exportJson("ngo-a", out, QUIET);
            }
        }
        assertThat(java.nio.file.Files.readAllBytes(second)).isEqualTo(java.nio.file.Files.readAllBytes(first));
        assertThat(java.nio.file.Files.readAllBytes(first)).isEqualTo(java.nio.file.Files.readAllBytes(original));
    }

    // ---- bad input: a clear error naming file, line, field, value and rule; store unchanged ----

    static List<BadInputs> badInputs() {
        return BadInputs.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void importJson_badInput_reportsFileLineFieldRuleAndLeavesStoreUnchanged(BadInputs bad) {
        Backend b = backend();
        try (CaseStore store = b.create()) {
            store.asOperator()
                    .importJson(Fixtures.write(files.resolve("good.json"), Fixtures.rich(2, 7, "")), null, QUIET);
            StoreState before = StoreState.of(store);
            Path file = bad.make().apply(Fixtures.write(files.resolve("bad.json"), Fixtures.rich(2, 1, "CANARY-b4d")));
            assertThatThrownBy(() -> store.asOperator().importJson(file, null, QUIET))
                    .isInstanceOf(UnableToImportCasesException.class)
                    .satisfies(e -> {
                        var u = (UnableToImportCasesException) e;
                        assertThat(u.errors()).isNotEmpty();
                        assertThat(u.errors().get(0).line()).isEqualTo(bad.line());
                        assertThat(u.getMessage())
                                .containsPattern(java.util.regex.Pattern.quote(file.toString()) + ":" + bad.line()
                                        + ": field '[^']*' value '[^']*': \\S.*")
                                .doesNotContain("CANARY-b4d");
                    });
            assertThat(StoreState.of(store)).isEqualTo(before);
        }
    }

    @Test
    void importJson_threeBadRowsAmongTenThousand_writesNothingAndReportsEachRow() throws Exception {
        Backend b = backend();
        List<org.uncounted.model.Case> cases = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) cases.add(Fixtures.minimal(i));
        Path file = Fixtures.write(files.resolve("big.json"), cases);
        String[] lines = BadInputs.read(file).split("\n", -1);
        int[] bad = {2, 5_001, 10_001};
        for (int k : bad) lines[k - 1] = lines[k - 1].replace("\"groupSize\":1", "\"groupSize\":0");
        BadInputs.write(file, String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (CaseStore store = b.create()) {
            StoreState before = StoreState.of(store);
            assertThatThrownBy(() -> store.asOperator().importJson(file, null, QUIET))
                    .isInstanceOfSatisfying(
                            UnableToImportCasesException.class,
                            e -> assertThat(e.errors())
                                    .extracting(org.uncounted.formats.RecordError::line)
                                    .containsExactly(2L, 5_001L, 10_001L));
            assertThat(StoreState.of(store)).isEqualTo(before);
        }
    }
}
