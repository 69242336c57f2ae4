package org.uncounted.app.web.http;

import io.javalin.http.Context;

/**
 * Response headers set on every response. The content security policy allows scripts, styles, fonts and
 * connections only from this server (no inline script, no third party: a researcher's views never reach
 * another host) and forbids framing. Everything except the versioned static files is {@code no-store}:
 * pages and API answers may carry identifying content and must not rest in a browser or proxy cache.
 */
public final class SecurityHeaders {
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final boolean tls;

    public SecurityHeaders(boolean tls) {
        this.tls = tls;
    }

    public void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        if (tls) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
        if (ctx.path().startsWith("/static/")) {
            ctx.header("Cache-Control", "private, max-age=3600");
        } else {
            ctx.header("Cache-Control", "no-store");
            ctx.header("Pragma", "no-cache");
        }
    }
}
