package org.uncounted.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.model.SensitiveText;
import org.uncounted.security.access.AccessDeniedException;
import org.uncounted.security.access.Role;
import org.uncounted.security.auth.PasswordParameters;

/** Exact-match lookups by identifying value go through the keyed blind indexes, never plaintext. */
abstract class BlindIndexLookupContract extends BackendTests {
    @TempDir
    Path files;

    static final String MARKER = "CANARYb1x";

    private CaseStore withCases() {
        CaseStore s = backend().create();
        s.asOperator().context().setPasswordParameters(PasswordParameters.forTestsOnly());
        s.asOperator()
                .importJson(Fixtures.write(files.resolve("c.json"), Fixtures.rich(3, 1, MARKER)), null, Progress.NONE);
        return s;
    }

    private static List<Long> find(CaseStore s, String field, String value) {
        return s.asOperator().findCasesByIdentifier(field, SensitiveText.of(value));
    }

    @Test
    void findCasesByIdentifier_normalisedExactMatch_findsTheCaseInEachIndexedField() {
        try (CaseStore s = withCases()) {
            List<Long> ids = s.asOperator().listCases(null, 10, 0).stream()
                    .map(CaseSummary::id)
                    .toList();
            assertThat(find(s, "name.hangul", "  가나다   " + MARKER.toLowerCase() + "2 "))
                    .containsExactly(ids.get(1));
            assertThat(find(s, "name.latin_mr", "KA NADA " + MARKER + "1")).containsExactly(ids.get(0));
            assertThat(find(s, "alias", "小花 \"flower\" " + MARKER + "3")).containsExactly(ids.get(2));
            assertThat(find(s, "name.hangul", "가나다 " + MARKER + "9")).isEmpty();
            assertThat(find(s, "name.latin_mr", "가나다 " + MARKER + "1")).isEmpty(); // domains never cross
            assertThatThrownBy(() -> find(s, "narrative", "anything")).isInstanceOf(IllegalArgumentException.class);
            s.asOperator().purge(ids.get(0));
            assertThat(find(s, "name.latin_mr", "Ka Nada " + MARKER + "1")).isEmpty();
        }
    }

    @Test
    void findCasesByIdentifier_sendsOnlyTheKeyedTokenToTheDatabase() {
        try (CaseStore s = withCases()) {
            List<String> sent = new ArrayList<>();
            var jdbi = s.asOperator().context().db().jdbi();
            jdbi.setSqlLogger(new SqlLogger() {
                @Override
                public void logBeforeExecution(StatementContext c) {
                    sent.add(c.getRenderedSql() + " " + c.getBinding());
                }
            });
            assertThat(find(s, "name.latin_mr", "Ka Nada " + MARKER + "1")).hasSize(1);
            String token =
                    s.asOperator().context().keyring().blindIndexer().index("name.latin_mr", "Ka Nada " + MARKER + "1");
            assertThat(String.join("\n", sent)).contains(token).doesNotContainIgnoringCase(MARKER);
        }
    }

    @Test
    void findCasesByIdentifier_analystRefused_researcherOfAnotherSourceSeesNothing() {
        try (CaseStore s = withCases()) {
            char[] pw = "a long enough password".toCharArray();
            s.asOperator().addUser("ana", pw, Set.of(Role.ANALYST), Set.of("ngo-a"));
            StoreSession ana = s.login("ana", pw, null);
            assertThatThrownBy(() ->
                            ana.findCasesByIdentifier("name.latin_mr", SensitiveText.of("Ka Nada " + MARKER + "1")))
                    .isInstanceOf(AccessDeniedException.class);
            s.asOperator()
                    .importJson(
                            Fixtures.write(files.resolve("b.json"), Fixtures.rich(1, 20, "other")),
                            "ngo-b",
                            Progress.NONE);
            String uri = s.asOperator().addUser("res", pw, Set.of(Role.RESEARCHER), Set.of("ngo-b"));
            byte[] secret = StoreSecurityContract.base32(uri.replaceAll(".*secret=([A-Z2-7]+).*", "$1"));
            StoreSession res =
                    s.login("res", pw, org.uncounted.security.auth.Totp.DEFAULT.code(secret, java.time.Instant.now()));
            assertThat(res.findCasesByIdentifier("name.latin_mr", SensitiveText.of("Ka Nada " + MARKER + "1")))
                    .isEmpty();
            assertThat(res.findCasesByIdentifier("name.latin_mr", SensitiveText.of("Ka Nada other20")))
                    .hasSize(1);
        }
    }
}
