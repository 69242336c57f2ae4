package org.uncounted.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.security.access.Role;
import org.uncounted.security.keys.KdfParameters;
import org.uncounted.store.CaseStore;
import org.uncounted.store.CaseSummary;

/**
 * The store is the web application's source of truth: a case and a draft recorded over HTTP survive a
 * restart of the server on the same store, an edit updates the stored case (revision + 1), the raw store
 * files hold none of their identifying text (canary scan), and an analyst receives none of it over the API.
 */
class WebStorePersistenceTest {
    static final char[] PASS = "a long test passphrase".toCharArray();
    static final String NAME = "CANARY이름" + Long.toHexString(System.nanoTime());
    static final String NARRATIVE = "CANARYnarrative브로커" + Long.toHexString(System.nanoTime());
    static final String DRAFT_NAME = "CANARYdraft초안" + Long.toHexString(System.nanoTime());

    static RunningWebServer serve(CaseStore store) {
        return WebServer.start(WebOptions.LOCAL.withPort(0), WebServices.onStore(store));
    }

    @Test
    void recordedCaseAndDraft_surviveRestart_editBumpsRevision_rawFilesHoldNoCanary(@TempDir Path dir)
            throws Exception {
        Path storeDir = dir.resolve("store");
        String caseId;
        String draftId;
        TestAccounts.Account analyst;
        try (CaseStore store = CaseStore.createEmbedded(storeDir, PASS, KdfParameters.forTestsOnly())) {
            var researcher = TestAccounts.add(store, Role.RESEARCHER);
            analyst = TestAccounts.add(store, Role.ANALYST);
            try (RunningWebServer server = serve(store)) {
                TestClient c = new TestClient(server.url());
                c.login(researcher);
                HttpResponse<String> created = c.json(
                        "POST",
                        "/api/cases",
                        Map.ofEntries(
                                Map.entry("status", "recorded"),
                                Map.entry("consent_given", "yes"),
                                Map.entry("purposes", List.of("store", "analyse")),
                                Map.entry("source_id", "ngo-web"),
                                Map.entry("person_name", NAME),
                                Map.entry("origin_place", "KP-09-HOERYONG"),
                                Map.entry("crossing_year", "2009"),
                                Map.entry("sale0_year", "2009"),
                                Map.entry("sale0_amount", "9000"),
                                Map.entry("sale0_currency", "CNY"),
                                Map.entry("narrative", NARRATIVE)));
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                caseId = (String) TestClient.parse(created).get("id");
                HttpResponse<String> draft = c.json(
                        "POST",
                        "/api/cases",
                        Map.of("consent_given", "yes", "purposes", List.of("store"), "person_name", DRAFT_NAME));
                assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
                draftId = (String) TestClient.parse(draft).get("id");
            }
        }
        assertThat(rawHits(storeDir))
                .as("canary strings in the raw store files")
                .isEmpty();

        try (CaseStore store = CaseStore.openEmbedded(storeDir, PASS)) {
            var researcher = TestAccounts.add(store, Role.RESEARCHER);
            try (RunningWebServer server = serve(store)) {
                TestClient c = new TestClient(server.url());
                c.login(researcher);
                HttpResponse<String> read = c.get("/api/cases/" + caseId);
                assertThat(read.statusCode()).isEqualTo(200);
                assertThat(read.body()).contains(NAME).contains(NARRATIVE).contains("9000");
                assertThat(c.get("/intake/" + draftId).body())
                        .as("the draft is back")
                        .contains(DRAFT_NAME);
                assertThat(c.get("/api/search?q=" + java.net.URLEncoder.encode(NARRATIVE, "UTF-8"))
                                .body())
                        .contains(caseId);
                assertThat(revision(store, caseId)).isEqualTo(1);
                HttpResponse<String> edited = c.json(
                        "PUT",
                        "/api/cases/" + caseId,
                        Map.of(
                                "status",
                                "recorded",
                                "person_name",
                                NAME,
                                "birth_year",
                                "1990",
                                "narrative",
                                NARRATIVE));
                assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
                assertThat(revision(store, caseId))
                        .as("an edit updates the stored case")
                        .isEqualTo(2);
                assertThat(store.asOperator().listCases("ngo-web", 10, 0)).hasSize(1);

                TestClient a = new TestClient(server.url());
                a.login(analyst);
                List<String> bodies = new ArrayList<>();
                for (String path : List.of(
                        "/api/cases",
                        "/api/cases/" + caseId,
                        "/api/search?q=" + java.net.URLEncoder.encode(NARRATIVE, "UTF-8"),
                        "/api/estimates",
                        "/api/map",
                        "/cases/" + caseId,
                        "/estimates",
                        "/map",
                        "/")) {
                    bodies.add(path + " " + a.get(path).body());
                }
                assertThat(bodies)
                        .allSatisfy(b -> assertThat(b)
                                .doesNotContain(NAME)
                                .doesNotContain(NARRATIVE)
                                .doesNotContain(DRAFT_NAME));
                assertThat(a.get("/api/cases/" + caseId).statusCode()).isEqualTo(403);
            }
        }
        assertThat(rawHits(storeDir))
                .as("canary strings in the raw store files after the edit")
                .isEmpty();
    }

    @Test
    void interviewer_reopensHerOwnCaseAfterRestart_butNotAnothers(@TempDir Path dir) throws Exception {
        Path storeDir = dir.resolve("store");
        TestAccounts.Account alice;
        TestAccounts.Account bora;
        String caseId;
        try (CaseStore store = CaseStore.createEmbedded(storeDir, PASS, KdfParameters.forTestsOnly())) {
            try (RunningWebServer server = serve(store)) {
                // a researcher's first case opens the source the interviewers are then given
                TestClient r = new TestClient(server.url());
                r.login(TestAccounts.add(store, Role.RESEARCHER));
                recordInNgoWeb(r, DRAFT_NAME);
                alice = TestAccounts.add(store, Role.INTERVIEWER, "ngo-web");
                bora = TestAccounts.add(store, Role.INTERVIEWER, "ngo-web");
                TestClient c = new TestClient(server.url());
                c.login(alice);
                caseId = recordInNgoWeb(c, NAME);
            }
        }
        try (CaseStore store = CaseStore.openEmbedded(storeDir, PASS);
                RunningWebServer server = serve(store)) {
            Map<String, Object> edit =
                    Map.of("status", "recorded", "source_id", "ngo-web", "person_name", NAME, "birth_year", "1991");
            TestClient other = new TestClient(server.url());
            other.login(bora);
            assertThat(other.json("PUT", "/api/cases/" + caseId, edit).statusCode())
                    .as("another interviewer may not edit it")
                    .isEqualTo(403);
            TestClient own = new TestClient(server.url());
            // her first code's time step is spent (replay protection): an authenticator shows the next one
            own.login(
                    alice.username(),
                    alice.password(),
                    org.uncounted.security.auth.Totp.DEFAULT.code(
                            alice.secret(), java.time.Instant.now().plusSeconds(30)));
            HttpResponse<String> edited = own.json("PUT", "/api/cases/" + caseId, edit);
            assertThat(edited.statusCode())
                    .as("the store remembers who recorded it: " + edited.body())
                    .isEqualTo(200);
            assertThat(revision(store, caseId)).isEqualTo(2);
        }
    }

    /** Records a minimal case of source ngo-web as the signed-in user; returns its id. */
    static String recordInNgoWeb(TestClient c, String name) throws Exception {
        HttpResponse<String> created = c.json(
                "POST",
                "/api/cases",
                Map.of(
                        "status", "recorded",
                        "consent_given", "yes",
                        "purposes", List.of("store"),
                        "source_id", "ngo-web",
                        "person_name", name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return (String) TestClient.parse(created).get("id");
    }

    static int revision(CaseStore store, String caseId) {
        return store.asOperator().listCases("ngo-web", 100, 0).stream()
                .filter(c -> c.sourceRecordId().equals("web-" + caseId))
                .mapToInt(CaseSummary::revision)
                .findFirst()
                .orElseThrow();
    }

    /** Files under {@code dir} whose bytes contain a canary (UTF-8 or UTF-16). */
    static List<String> rawHits(Path dir) throws Exception {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (String canary : List.of(NAME, NARRATIVE, DRAFT_NAME, "CANARY")) {
                    for (var cs :
                            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
                        if (indexOf(bytes, canary.getBytes(cs)) >= 0) hits.add(f.getFileName() + ":" + cs);
                    }
                }
            }
        }
        return hits;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
