package org.uncounted.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.uncounted.app.web.auth.FirstLogin;
import org.uncounted.security.access.Role;
import org.uncounted.store.CaseStore;

class WebServerTest {
    static RunningWebServer server;
    static CaseStore store;

    @BeforeAll
    static void start() {
        WebServices services = TestAccounts.services();
        store = services.store();
        server = WebServer.start(WebOptions.LOCAL.withPort(0), services);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static TestAccounts.Account researcher() {
        return TestAccounts.add(store, Role.RESEARCHER);
    }

    TestClient client() {
        return new TestClient(server.url());
    }

    @Test
    void start_defaultOptions_bindsToLoopback() {
        assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void anyPage_securityHeaders_setCspFramingAndNoStore() throws Exception {
        HttpResponse<String> r = client().get("/login");
        assertThat(r.statusCode()).isEqualTo(200);
        var h = r.headers();
        assertThat(h.firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'")
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(h.firstValue("Cache-Control")).contains("no-store");
        assertThat(h.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(h.allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Strict"));
        assertThat(r.body())
                .doesNotContain("<script>")
                .doesNotContain("http://")
                .doesNotContain("https://");
    }

    @Test
    void post_withoutCsrfToken_isRefused() throws Exception {
        TestClient c = client();
        c.session();
        String token = c.csrf;
        c.csrf = "";
        HttpResponse<String> r = c.json("POST", "/api/session", Map.of("username", "someone", "password", "pw"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(TestClient.parse(r).get("code")).isEqualTo("csrf");
        HttpResponse<String> form =
                c.form("/login", Map.of("username", "someone", "password", "pw", "_csrf", "x" + token));
        assertThat(form.statusCode()).isEqualTo(403);
    }

    @Test
    void login_formWithToken_rotatesSessionAndRedirectsHome() throws Exception {
        TestClient c = client();
        var a = researcher();
        String before = c.session().get("csrfToken").toString();
        HttpResponse<String> r = c.form(
                "/login",
                Map.of("username", a.username(), "password", a.password(), "code", a.code(), "_csrf", before));
        assertThat(r.statusCode()).isEqualTo(302);
        Map<?, ?> after = c.session();
        assertThat(after.get("signedIn")).isEqualTo(true);
        assertThat(after.get("csrfToken")).isNotEqualTo(before);
    }

    @Test
    void login_researcherWithCurrentCode_signsInOnceWithThatCode() throws Exception {
        var a = researcher();
        String code = a.code();
        Map<?, ?> state = client().login(a.username(), a.password(), code);
        assertThat(state.get("signedIn")).isEqualTo(true);
        assertThat(state.get("role")).isEqualTo("RESEARCHER");
        TestClient other = client();
        other.session();
        var replay = other.json(
                "POST", "/api/session", Map.of("username", a.username(), "password", a.password(), "code", code));
        assertThat(replay.statusCode()).as("a code works once").isEqualTo(401);
    }

    @Test
    void login_researcherWithoutCode_isRefused() throws Exception {
        var a = researcher();
        TestClient c = client();
        c.session();
        var r = c.json("POST", "/api/session", Map.of("username", a.username(), "password", a.password()));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).doesNotContain(a.password());
        assertThat(c.get("/api/cases").statusCode()).isEqualTo(401);
    }

    @Test
    void login_analyst_needsNoSecondFactor_andIsAnalyst() throws Exception {
        var a = TestAccounts.add(store, Role.ANALYST);
        assertThat(a.secret()).as("analysts read no identifying data: no TOTP").isNull();
        Map<?, ?> state = client().login(a);
        assertThat(state.get("signedIn")).isEqualTo(true);
        assertThat(state.get("role")).isEqualTo("ANALYST");
    }

    @Test
    void login_repeatedFailures_areThrottled() throws Exception {
        var a = researcher();
        TestClient c = client();
        int last = 0;
        for (int i = 0; i < 7; i++) {
            c.session();
            last = c.json(
                            "POST",
                            "/api/session",
                            Map.of("username", a.username(), "password", "wrong" + i, "code", "000000"))
                    .statusCode();
        }
        assertThat(last).isEqualTo(429);
        c.session();
        HttpResponse<String> right = c.json(
                "POST", "/api/session", Map.of("username", a.username(), "password", a.password(), "code", a.code()));
        assertThat(right.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void recordCase_hangulNameAndCnyPrice_isFoundByKoreanSearch() throws Exception {
        TestClient c = client();
        c.login(researcher());
        Map<String, Object> fields = Map.of(
                "status", "recorded",
                "consent_given", "yes",
                "purposes", List.of("store", "analyse"),
                "source_id", "NGO-A",
                "person_name", "김순희",
                "origin_place", "KP-09-HOERYONG",
                "sale0_amount", "8000",
                "sale0_currency", "CNY",
                "sale0_place", "CN-222400",
                "narrative", "회령에서 강을 건넌 뒤 연길의 브로커에게 팔렸다.");
        HttpResponse<String> created = c.json("POST", "/api/cases", fields);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = (String) TestClient.parse(created).get("id");
        HttpResponse<String> found = c.get("/api/search?q=" + java.net.URLEncoder.encode("브로커", "UTF-8"));
        assertThat(found.body()).contains(id);
        HttpResponse<String> byName = c.get("/api/search?q=" + java.net.URLEncoder.encode("김순희", "UTF-8"));
        assertThat(byName.body()).contains(id);
        HttpResponse<String> page = c.get("/cases/" + id);
        assertThat(page.body()).contains("김순희").contains("8,000 CNY").contains("회령");
    }

    @Test
    void researcherOfOneSource_seesNeitherListRowsNorCasesOfAnother() throws Exception {
        store.asOperator()
                .importJson(
                        ModelCasesTest.FILE.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "limited.json",
                        "ngo-limited",
                        org.uncounted.store.Progress.NONE);
        TestClient all = client();
        all.login(researcher());
        HttpResponse<String> created = all.json(
                "POST",
                "/api/cases",
                Map.of("status", "recorded", "consent_given", "yes", "source_id", "ngo-other", "person_name", "최은별"));
        String id = (String) TestClient.parse(created).get("id");
        TestClient limited = client();
        limited.login(TestAccounts.add(store, Role.RESEARCHER, "ngo-limited"));
        assertThat(limited.get("/api/cases").body()).doesNotContain(id).doesNotContain("최은별");
        assertThat(limited.get("/api/cases/" + id).statusCode()).isEqualTo(404);
        assertThat(limited.get("/cases/" + id).body()).doesNotContain("최은별");
        String q = java.net.URLEncoder.encode("최은별", "UTF-8");
        assertThat(all.get("/api/search?q=" + q).body())
                .as("a researcher of every source finds it")
                .contains(id);
        assertThat(limited.get("/api/search?q=" + q).body())
                .as("search finds only cases of the sources one may read")
                .doesNotContain(id);
        assertThat(limited.get("/search/results?q=" + q).body()).doesNotContain(id);
    }

    @Test
    void interviewer_recordsAndEditsOwnCase_butNoOneElses_andHasNoCaseList() throws Exception {
        store.asOperator()
                .importJson(
                        ModelCasesTest.FILE.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "int.json",
                        "ngo-int",
                        org.uncounted.store.Progress.NONE);
        var interviewer = TestAccounts.add(store, Role.INTERVIEWER, "ngo-int");
        assertThat(interviewer.secret())
                .as("interviewers read identifying data: TOTP")
                .isNotNull();
        TestClient c = client();
        c.login(interviewer);
        HttpResponse<String> started =
                c.form("/intake", Map.of("consent_given", "yes", "purposes", "store", "_csrf", c.csrf));
        String id = started.headers().firstValue("Location").orElseThrow().replace("/intake/", "");
        HttpResponse<String> recorded = c.form(
                "/intake/" + id,
                Map.of("action", "record", "person_name", "정미란", "crossing_year", "2011", "_csrf", c.csrf));
        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(recorded.headers().firstValue("Location")).contains("/intake");
        assertThat(store.asOperator().listCases("ngo-int", 10, 0))
                .as("filed under the interviewer's only source")
                .anySatisfy(k -> assertThat(k.sourceRecordId()).isEqualTo("web-" + id));
        assertThat(c.get("/api/cases").statusCode()).isEqualTo(403);
        HttpResponse<String> edit = c.json(
                "PUT", "/api/cases/" + id, Map.of("status", "recorded", "person_name", "정미란", "birth_year", "1985"));
        assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
        TestClient other = client();
        other.login(TestAccounts.add(store, Role.INTERVIEWER, "ngo-int"));
        HttpResponse<String> foreign = other.json(
                "PUT", "/api/cases/" + id, Map.of("status", "recorded", "person_name", "x", "birth_year", "1980"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).doesNotContain("정미란");
    }

    @Test
    void createCase_badCurrency_errorNamesFieldNotValue() throws Exception {
        TestClient c = client();
        c.login(researcher());
        HttpResponse<String> r = c.json(
                "POST",
                "/api/cases",
                Map.of("consent_given", "yes", "person_name", "박영자", "sale0_amount", "100", "sale0_currency", "XYZ"));
        assertThat(r.statusCode()).isEqualTo(400);
        Map<?, ?> err = TestClient.parse(r);
        assertThat(err.get("field")).isEqualTo("sale0_currency");
        assertThat(r.body()).doesNotContain("XYZ").doesNotContain("박영자");
    }

    @Test
    void analyst_readingCases_isForbidden() throws Exception {
        TestClient c = client();
        c.login(TestAccounts.add(store, Role.ANALYST));
        HttpResponse<String> r = c.get("/api/cases");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(TestClient.parse(r).get("code")).isEqualTo("forbidden");
        assertThat(c.get("/api/search?q=x").statusCode()).isEqualTo(403);
    }

    @Test
    void anonymous_api_isUnauthenticated() throws Exception {
        HttpResponse<String> r = client().get("/api/cases");
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void placeSuggestions_hangulHanziLatin_findHoeryong() throws Exception {
        TestClient c = client();
        c.login(researcher());
        for (String q : List.of("회령", "會寧", "Hoeryong")) {
            assertThat(c.get("/api/places?q=" + java.net.URLEncoder.encode(q, "UTF-8"))
                            .body())
                    .as(q)
                    .contains("KP-09-HOERYONG");
        }
    }

    @Test
    void openapi_isServedAsJson() throws Exception {
        HttpResponse<String> r = client().get("/api/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        Map<?, ?> doc = TestClient.parse(r);
        assertThat(doc.get("openapi").toString()).startsWith("3.");
        assertThat(((Map<?, ?>) doc.get("paths"))
                        .keySet().stream().map(String::valueOf).toList())
                .contains("/api/cases", "/api/search", "/api/session");
    }

    @Test
    void firstLogin_printedAccount_signsInAsAdministratorAndResearcherWithItsCode() throws Exception {
        FirstLogin first = FirstLogin.create(store, "demo-admin");
        var a = new TestAccounts.Account(first.username(), first.password(), TestAccounts.base32(first.secret()));
        Map<?, ?> state = client().login(a);
        assertThat(state.get("signedIn")).isEqualTo(true);
        assertThat(state.get("roles")).isEqualTo(List.of("ADMIN", "RESEARCHER"));
        assertThat(first.toString()).doesNotContain(first.password()).doesNotContain(first.secret());
    }

    @Test
    void importJob_validCaseFile_addsItsCases_invalidFileAddsNothing() throws Exception {
        TestClient c = client();
        c.login(researcher());
        Map<?, ?> job = TestClient.parse(c.json("POST", "/api/import", new TestClient.RawJson(ModelCasesTest.FILE)));
        assertThat(waitFor(c, (String) job.get("id"))).isEqualTo("DONE");
        assertThat(c.get("/api/cases?source=ngo-a").body()).contains("\"total\":1");
        assertThat(store.asOperator().listCases("ngo-a", 10, 0))
                .as("written to the store")
                .hasSize(1);
        String broken = ModelCasesTest.FILE.replace("\"saleType\":\"to_husband\"", "\"saleType\":\"to_nobody\"");
        Map<?, ?> bad = TestClient.parse(
                c.json("POST", "/api/import", new TestClient.RawJson(broken.replace("case-1", "case-2"))));
        assertThat(waitFor(c, (String) bad.get("id"))).isEqualTo("FAILED");
        assertThat(c.get("/api/cases?source=ngo-a").body()).contains("\"total\":1");
        assertThat(store.asOperator().listCases("ngo-a", 10, 0)).hasSize(1);
    }

    static String waitFor(TestClient c, String jobId) throws Exception {
        for (int i = 0; i < 200; i++) {
            String state =
                    (String) TestClient.parse(c.get("/api/jobs/" + jobId)).get("state");
            if (state.equals("DONE") || state.equals("FAILED")) {
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + jobId + " did not finish");
    }

    @Test
    void intakeForm_consentThenSaveDraft_listsDraftAndDeclineStoresNothing() throws Exception {
        TestClient c = client();
        c.login(researcher());
        int before = TestClient.parse(c.get("/api/cases")).get("total") instanceof Integer n ? n : -1;
        HttpResponse<String> declined = c.form("/intake", Map.of("consent_given", "no", "_csrf", c.csrf));
        assertThat(declined.statusCode()).isEqualTo(200);
        HttpResponse<String> started =
                c.form("/intake", Map.of("consent_given", "yes", "purposes", "store", "_csrf", c.csrf));
        assertThat(started.statusCode()).isEqualTo(302);
        String draft = started.headers().firstValue("Location").orElseThrow().replace("/intake/", "");
        HttpResponse<String> saved = c.form(
                "/intake/" + draft, Map.of("action", "save", "person_name", "이옥희", "birth_year", "", "_csrf", c.csrf));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("이옥희");
        assertThat(c.get("/intake").body()).contains("/intake/" + draft);
        assertThat(store.asOperator().drafts())
                .as("the draft is sealed in the store")
                .anySatisfy(d -> assertThat(d.draftId()).isEqualTo(draft));
        assertThat(TestClient.parse(c.get("/api/cases")).get("total"))
                .as("drafts are not cases")
                .isEqualTo(before);
        HttpResponse<String> bad =
                c.form("/intake/" + draft, Map.of("action", "save", "birth_year", "12x", "_csrf", c.csrf));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("birth_year").doesNotContain("12x");
    }
}
