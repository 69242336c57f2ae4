package org.uncounted.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client for the web tests; tracks the session's CSRF token. */
final class TestClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final URI base;
    String csrf = "";

    TestClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> json(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (!csrf.isEmpty()) {
            b.header("X-CSRF-Token", csrf);
        }
        String s = body == null ? "" : body instanceof RawJson r ? r.text() : JSON.writeValueAsString(body);
        return http.send(
                b.method(method, HttpRequest.BodyPublishers.ofString(s)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> form(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Starts a session and reads its CSRF token. */
    Map<?, ?> session() throws IOException, InterruptedException {
        Map<?, ?> s = JSON.readValue(get("/api/session").body(), Map.class);
        csrf = (String) s.get("csrfToken");
        return s;
    }

    /** Signs in through the API with the account's current TOTP code; returns the session state. */
    Map<?, ?> login(TestAccounts.Account a) throws IOException, InterruptedException {
        return login(a.username(), a.password(), a.code());
    }

    /** Signs in through the API; returns the session state. */
    Map<?, ?> login(String user, String password, String code) throws IOException, InterruptedException {
        session();
        HttpResponse<String> r =
                json("POST", "/api/session", Map.of("username", user, "password", password, "code", code));
        Map<?, ?> s = JSON.readValue(r.body(), Map.class);
        if (s.get("csrfToken") instanceof String t) {
            csrf = t;
        }
        return s;
    }

    /** A JSON body sent as is. */
    record RawJson(String text) {}

    static Map<?, ?> parse(HttpResponse<String> r) throws IOException {
        return JSON.readValue(r.body(), Map.class);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
