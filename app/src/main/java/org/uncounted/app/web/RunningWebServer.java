package org.uncounted.app.web;

import io.javalin.Javalin;
import java.net.URI;
import java.security.SecureRandom;
import org.uncounted.app.web.auth.InMemoryUserDirectory;
import org.uncounted.app.web.auth.Role;

/** A started server: its URL, one-time logins for demos, and {@link #close()} to stop it. */
public final class RunningWebServer implements AutoCloseable {
    /** A login that works once: the user is removed after the first successful sign-in. */
    public record OneTimeLogin(String username, String password) {
        @Override
        public String toString() {
            return "OneTimeLogin[" + username + ", password redacted]";
        }
    }

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final Javalin app;
    private final URI url;
    private final WebServices services;

    RunningWebServer(Javalin app, URI url, WebServices services) {
        this.app = app;
        this.url = url;
        this.services = services;
    }

    public URI url() {
        return url;
    }

    /** The services behind the pages (users, cases, search, review, jobs), for the CLI and tests. */
    public WebServices services() {
        return services;
    }

    /** Creates a user with {@code role} whose random password works for one sign-in only. */
    public OneTimeLogin createOneTimeLogin(Role role) {
        SecureRandom r = new SecureRandom();
        StringBuilder pw = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            pw.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        String username = "demo-" + Integer.toHexString(r.nextInt(0x10000));
        InMemoryUserDirectory users = services.users();
        users.add(username, pw.toString().toCharArray(), role, null, true);
        return new OneTimeLogin(username, pw.toString());
    }

    @Override
    public void close() {
        app.stop();
        services.close();
    }
}
