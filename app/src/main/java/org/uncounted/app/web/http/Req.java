package org.uncounted.app.web.http;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.uncounted.app.web.auth.Permission;
import org.uncounted.app.web.auth.WebSession;
import org.uncounted.app.web.auth.WebUser;
import org.uncounted.app.web.i18n.Messages;

/** What the request pipeline learned about one request: its session (if any) and locale. */
public final class Req {
    private static final String KEY = "uncounted.req";

    private final WebSession session;
    private final Messages messages;

    private Req(WebSession session, Messages messages) {
        this.session = session;
        this.messages = messages;
    }

    public static void attach(Context ctx, WebSession session, Locale locale) {
        ctx.attribute(KEY, new Req(session, Messages.of(locale)));
    }

    public static Req of(Context ctx) {
        Req r = ctx.attribute(KEY);
        if (r == null) {
            throw new IllegalStateException("request pipeline did not run for " + ctx.path());
        }
        return r;
    }

    public Optional<WebSession> session() {
        return Optional.ofNullable(session);
    }

    public Optional<WebUser> user() {
        return session == null ? Optional.empty() : Optional.ofNullable(session.user());
    }

    public boolean may(Permission p) {
        return user().map(u -> u.role().may(p)).orElse(false);
    }

    /** The signed-in user if their role has {@code p}. */
    public WebUser require(Permission p) {
        WebUser u = user().orElseThrow(() -> new AccessDeniedException(p.name(), false));
        if (!u.role().may(p)) {
            throw new AccessDeniedException(p.name(), true);
        }
        return u;
    }

    public Messages msg() {
        return messages;
    }

    public String t(String key, Object... args) {
        return messages.t(key, args);
    }

    public String csrfToken() {
        return session == null ? "" : session.csrfToken();
    }
}
