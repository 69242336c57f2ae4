package org.uncounted.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.security.access.AccessDeniedException;
import org.uncounted.security.access.Role;
import org.uncounted.security.auth.PasswordParameters;
import org.uncounted.security.auth.Totp;
import org.uncounted.security.backup.BackupIntegrityException;
import org.uncounted.security.keys.CaseKeyUnavailableException;
import org.uncounted.security.keys.DecryptionFailedException;
import org.uncounted.security.keys.FieldAddress;

/** Security behaviour every backend must have: shredding, AAD binding, audit, roles, backups, canaries. */
abstract class StoreSecurityContract extends BackendTests {
    @TempDir
    Path files;

    static final Progress QUIET = Progress.NONE;
    static final char[] PASSWORD = "a long enough password".toCharArray();

    private CaseStore storeWith(Backend b, int cases, String marker) {
        CaseStore store = b.create();
        store.asOperator().context().setPasswordParameters(PasswordParameters.forTestsOnly());
        store.asOperator()
                .importJson(Fixtures.write(files.resolve("cases.json"), Fixtures.rich(cases, 1, marker)), null, QUIET);
        return store;
    }

    private static byte[] sealed(CaseStore store, long id) {
        return store.inTransaction(h -> h.createQuery("SELECT document FROM cases WHERE id = :id")
                .bind("id", id)
                .mapTo(byte[].class)
                .one());
    }

    private static List<Long> ids(CaseStore store) {
        return store.asOperator().listCases(null, 100, 0).stream()
                .map(CaseSummary::id)
                .toList();
    }

    @Test
    void purge_destroysKeySoOldCiphertextFailsWhileOtherCasesStillDecrypt() {
        try (CaseStore store = storeWith(backend(), 3, "")) {
            List<Long> ids = ids(store);
            long victim = ids.get(1);
            byte[] copy = sealed(store, victim); // as a backup or a freed page would still hold it
            store.asOperator().purge(victim);
            String id = Long.toString(victim);
            var keyring = store.asOperator().context().keyring();
            assertThatThrownBy(() -> keyring.decrypt(new FieldAddress(id, "case.document", id), copy))
                    .isInstanceOf(CaseKeyUnavailableException.class);
            assertThatThrownBy(() -> store.asOperator().readDocument(victim)).isInstanceOf(CaseNotFoundException.class);
            assertThat(store.asOperator().readDocument(ids.get(0))).isNotEmpty();
            assertThat(store.asOperator().readDocument(ids.get(2))).isNotEmpty();
            ImportReport again = store.asOperator()
                    .importJson(Fixtures.write(files.resolve("again.json"), Fixtures.rich(3, 1, "")), null, QUIET);
            assertThat(again.skippedPurged()).isEqualTo(1);
            assertThat(store.asOperator().statistics().totalCases()).isEqualTo(2);
        }
    }

    @Test
    void readDocument_ciphertextMovedToAnotherCase_failsToDecrypt() {
        try (CaseStore store = storeWith(backend(), 2, "")) {
            List<Long> ids = ids(store);
            byte[] other = sealed(store, ids.get(0));
            store.inTransaction(h -> h.createUpdate("UPDATE cases SET document = :d WHERE id = :id")
                    .bind("d", other)
                    .bind("id", ids.get(1))
                    .execute());
            assertThatThrownBy(() -> store.asOperator().readDocument(ids.get(1)))
                    .isInstanceOf(DecryptionFailedException.class);
        }
    }

    @Test
    void verifyAudit_anyModifiedDeletedInsertedOrReorderedEntry_isDetected() {
        Backend b = backend();
        try (CaseStore store = storeWith(b, 2, "")) {
            store.asOperator().readDocument(ids(store).get(0));
            assertThat(store.asOperator().verifyAudit().valid()).isTrue();
            List<String> tamperings = List.of(
                    "UPDATE audit_log SET entry = :flipped WHERE seq = 2",
                    "DELETE FROM audit_log WHERE seq = 3",
                    "UPDATE audit_log SET entry = CASE seq WHEN 2 THEN (SELECT entry FROM audit_copy WHERE seq = 3)"
                            + " ELSE (SELECT entry FROM audit_copy WHERE seq = 2) END WHERE seq IN (2, 3)",
                    "INSERT INTO audit_log (seq, entry, entry_hash) SELECT 1000, entry, entry_hash FROM audit_log"
                            + " WHERE seq = 2");
            for (String sql : tamperings) {
                store.inTransaction(h -> {
                    h.execute("CREATE TABLE audit_copy AS SELECT * FROM audit_log");
                    byte[] e = h.createQuery("SELECT entry FROM audit_log WHERE seq = 2")
                            .mapTo(byte[].class)
                            .one();
                    e[e.length / 2] ^= 1;
                    var u = h.createUpdate(sql);
                    if (sql.contains(":flipped")) u.bind("flipped", e);
                    return u.execute();
                });
                assertThat(store.asOperator().verifyAudit().valid()).as(sql).isFalse();
                store.inTransaction(h -> {
                    h.execute("DELETE FROM audit_log");
                    h.execute("INSERT INTO audit_log SELECT * FROM audit_copy");
                    return h.execute("DROP TABLE audit_copy");
                });
                assertThat(store.asOperator().verifyAudit().valid())
                        .as("restored after " + sql)
                        .isTrue();
            }
        }
    }

    @Test
    void analyst_getsCodedFieldsOfPermittedSourceOnly_neverIdentifying() throws Exception {
        try (CaseStore store = storeWith(backend(), 2, "")) {
            store.asOperator().addUser("ana", PASSWORD, Set.of(Role.ANALYST), Set.of("ngo-a"));
            StoreSession ana = store.login("ana", PASSWORD, null);
            long id = ana.listCases(null, 10, 0).get(0).id();
            assertThat(ana.caseView(id).events()).isNotEmpty();
            assertThat(ana.statistics().totalCases()).isEqualTo(2);
            assertThatThrownBy(() -> ana.readDocument(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ana.exportJson("ngo-a", java.io.OutputStream.nullOutputStream(), QUIET))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(ana.exportCtdc("ngo-a", java.io.OutputStream.nullOutputStream(), QUIET))
                    .isEqualTo(2);
            assertThatThrownBy(() -> ana.purge(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ana.listUsers()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void researcher_needsSecondFactor_thenReadsIdentifying() {
        try (CaseStore store = storeWith(backend(), 1, "")) {
            String uri = store.asOperator().addUser("res", PASSWORD, Set.of(Role.RESEARCHER), Set.of("ngo-a"));
            byte[] secret = base32(uri.replaceAll(".*secret=([A-Z2-7]+).*", "$1"));
            assertThatThrownBy(() -> store.login("res", PASSWORD, null)).isInstanceOf(LoginFailedException.class);
            assertThatThrownBy(() -> store.login("res", "wrong password here".toCharArray(), null))
                    .isInstanceOf(LoginFailedException.class);
            StoreSession res = store.login("res", PASSWORD, Totp.DEFAULT.code(secret, Instant.now()));
            long id = res.listCases(null, 10, 0).get(0).id();
            assertThat(new String(res.readDocument(id), StandardCharsets.UTF_8)).contains("Ka Nada");
        }
    }

    @Test
    void login_fiveFailures_locksTheAccount() {
        try (CaseStore store = storeWith(backend(), 1, "")) {
            store.asOperator().addUser("ana", PASSWORD, Set.of(Role.ANALYST), Set.of());
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> store.login("ana", "not the password".toCharArray(), null))
                        .isInstanceOf(LoginFailedException.class);
            }
            assertThatThrownBy(() -> store.login("ana", PASSWORD, null)).isInstanceOf(LoginFailedException.class);
        }
    }

    @Test
    void restore_bringsBackTheBackedUpStateAndRefusesATamperedArchive() throws Exception {
        try (CaseStore store = storeWith(backend(), 3, "")) {
            Path archive = files.resolve("store.backup");
            try (var out = Files.newOutputStream(archive)) {
                store.asOperator().backup(out, Duration.ofDays(30));
            }
            StoreState backedUp = withoutAudit(StoreState.of(store));
            store.asOperator().purge(ids(store).get(0));
            store.asOperator()
                    .importJson(Fixtures.write(files.resolve("more.json"), Fixtures.rich(2, 10, "")), null, QUIET);
            byte[] bytes = Files.readAllBytes(archive);
            bytes[bytes.length / 2] ^= 0x10;
            Path tampered = Files.write(files.resolve("tampered.backup"), bytes);
            StoreState beforeTampered = StoreState.of(store);
            assertThatThrownBy(() -> store.asOperator().restore(tampered)).isInstanceOf(BackupIntegrityException.class);
            assertThat(StoreState.of(store)).isEqualTo(beforeTampered);
            store.asOperator().restore(archive);
            assertThat(withoutAudit(StoreState.of(store)).rows()).isEqualTo(backedUp.rows());
            assertThat(store.asOperator().statistics().totalCases()).isEqualTo(3);
            assertThat(store.asOperator().readDocument(ids(store).get(0))).isNotEmpty();
            assertThat(store.asOperator().verifyAudit().valid()).isTrue();
        }
    }

    @Test
    void rotateMasterKey_newPassphraseOpensEveryCase_oldOneRefused_auditVerifies() {
        char[] newPass = "a different and long passphrase".toCharArray();
        Backend b = backend();
        java.util.Map<Long, String> before = new java.util.LinkedHashMap<>();
        try (CaseStore store = storeWith(b, 4, "")) {
            for (long id : ids(store)) {
                before.put(id, new String(store.asOperator().readDocument(id), StandardCharsets.UTF_8));
            }
            store.asOperator().addUser("ana", PASSWORD, Set.of(Role.ANALYST), Set.of("ngo-a"));
            assertThatThrownBy(() -> store.login("ana", PASSWORD, null).rotateMasterKey(newPass))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(store.asOperator().rotateMasterKey(newPass)).isEqualTo(4);
            long first = before.keySet().iterator().next();
            assertThat(new String(store.asOperator().readDocument(first), StandardCharsets.UTF_8))
                    .isEqualTo(before.get(first)); // same session keeps working
        }
        assertThatThrownBy(() -> b.reopen(Backend.PASSPHRASE))
                .isInstanceOf(org.uncounted.security.keys.WrongPassphraseException.class);
        try (CaseStore store = b.reopen(newPass)) {
            assertThat(ids(store)).containsExactlyElementsOf(before.keySet());
            for (var e : before.entrySet()) {
                assertThat(new String(store.asOperator().readDocument(e.getKey()), StandardCharsets.UTF_8))
                        .isEqualTo(e.getValue());
            }
            assertThat(store.asOperator().verifyAudit().valid()).isTrue();
        }
    }

    private static StoreState withoutAudit(StoreState s) {
        var rows = new java.util.LinkedHashMap<>(s.rows());
        rows.remove("audit_log");
        rows.remove("wrapped_keys"); // holds the archive keys too
        return new StoreState(rows, "");
    }

    @Test
    void canary_identifyingMarkersNeverRestInClearNorLeaveThroughCodedExportsOrErrors() throws Exception {
        String marker = "CANARYq7x";
        Backend b = backend();
        var err = new java.io.ByteArrayOutputStream();
        var savedErr = System.err;
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try (CaseStore store = storeWith(b, 5, marker)) {
            var ctdc = new java.io.ByteArrayOutputStream();
            store.asOperator().exportCtdc("ngo-a", ctdc, QUIET);
            assertThat(ctdc.toString(StandardCharsets.UTF_8))
                    .doesNotContain(marker)
                    .contains("Female");
            Path bad = BadInputs.replace("unknown place", 3, "\"origin\":\"KP-09\"", "\"origin\":\"KP-99\"")
                    .make()
                    .apply(Fixtures.write(files.resolve("bad.json"), Fixtures.rich(2, 1, marker)));
            assertThatThrownBy(() -> store.asOperator().importJson(bad, null, QUIET))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(marker));
            var json = new java.io.ByteArrayOutputStream();
            store.asOperator().exportJson("ngo-a", json, QUIET);
            assertThat(json.toString(StandardCharsets.UTF_8)).contains(marker); // the one identifying export
        } finally {
            System.setErr(savedErr);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(marker);
        byte[] raw = b.rawBytes();
        assertThat(raw.length).isGreaterThan(10_000);
        for (var cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            assertThat(indexOf(raw, marker.getBytes(cs)))
                    .as("marker in %s at rest", cs)
                    .isEqualTo(-1);
            assertThat(indexOf(raw, "Ka Nada".getBytes(cs)))
                    .as("a name in %s at rest", cs)
                    .isEqualTo(-1);
        }
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    static byte[] base32(String s) {
        return org.uncounted.security.auth.Base32.decode(s);
    }
}
