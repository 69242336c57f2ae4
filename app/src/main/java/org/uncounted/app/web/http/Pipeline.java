package org.uncounted.app.web.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import org.uncounted.app.web.auth.SessionStore;
import org.uncounted.app.web.auth.WebSession;

/**
 * Runs before every handler: sets the security headers, finds (or, for pages, starts) the session, picks
 * the locale, and refuses any state-changing request whose CSRF token (form field {@code _csrf} or header
 * {@code X-CSRF-Token}) does not match the session's (synchronizer-token pattern).
 */
public final class Pipeline {
    public static final String SESSION_COOKIE = "uc_session";
    public static final String LANG_COOKIE = "uc_lang";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final SessionStore sessions;
    private final SecurityHeaders headers;
    private final boolean tls;

    public Pipeline(SessionStore sessions, boolean tls) {
        this.sessions = sessions;
        this.headers = new SecurityHeaders(tls);
        this.tls = tls;
    }

    public void before(Context ctx) {
        headers.apply(ctx);
        if (ctx.path().startsWith("/static/")) {
            return;
        }
        WebSession session = sessions.find(ctx.cookie(SESSION_COOKIE)).orElse(null);
        boolean page = !ctx.path().startsWith("/api/");
        if (session == null && (page || ctx.path().equals("/api/session"))) {
            session = sessions.create();
            setSessionCookie(ctx, session);
        }
        Req.attach(ctx, session, locale(ctx));
        if (!SAFE.contains(ctx.method())) {
            checkCsrf(ctx, session);
        }
    }

    private static void checkCsrf(Context ctx, WebSession session) {
        String sent = ctx.header("X-CSRF-Token");
        if (sent == null) {
            String type = ctx.contentType();
            if (type != null
                    && (type.startsWith("application/x-www-form-urlencoded")
                            || type.startsWith("multipart/form-data"))) {
                sent = ctx.formParam("_csrf");
            }
        }
        if (session == null
                || sent == null
                || !MessageDigest.isEqual(
                        sent.getBytes(StandardCharsets.UTF_8),
                        session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            throw new CsrfRejectedException();
        }
    }

    /** Sets the session cookie: HttpOnly, SameSite=Strict, Secure under TLS, no Max-Age (ends with the browser). */
    public void setSessionCookie(Context ctx, WebSession session) {
        ctx.res()
                .addHeader(
                        "Set-Cookie",
                        SESSION_COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict"
                                + (tls ? "; Secure" : ""));
    }

    public void setLangCookie(Context ctx, String lang) {
        ctx.res()
                .addHeader(
                        "Set-Cookie",
                        LANG_COOKIE + "=" + lang + "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Strict"
                                + (tls ? "; Secure" : ""));
    }

    static Locale locale(Context ctx) {
        String lang = ctx.cookie(LANG_COOKIE);
        if ("ko".equals(lang) || "en".equals(lang)) {
            return Locale.forLanguageTag(lang);
        }
        String accept = ctx.header("Accept-Language");
        if (accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("ko")) {
            return Locale.KOREAN;
        }
        return Locale.ENGLISH;
    }

    /** A state-changing request without the session's CSRF token. */
    public static final class CsrfRejectedException extends SecurityException {
        private static final long serialVersionUID = 1L;

        public CsrfRejectedException() {
            super("missing or wrong CSRF token");
        }
    }
}
