package org.uncounted.app.web.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps exceptions to responses: JSON {@link ApiError} under {@code /api/}, a short HTML page elsewhere (or a
 * redirect to the sign-in page). Messages name fields and rules only; an unexpected failure is logged with
 * an incident id and the client sees only that id.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {}

    public static void install(RoutesConfig routes) {
        routes.exception(WebInputException.class, (e, ctx) -> respond(ctx, 400, e.code(), e.getMessage(), e.field()));
        routes.exception(NotFoundException.class, (e, ctx) -> respond(ctx, 404, "not_found", e.getMessage(), null));
        routes.exception(
                Pipeline.CsrfRejectedException.class, (e, ctx) -> respond(ctx, 403, "csrf", e.getMessage(), null));
        routes.exception(TooManyAttemptsException.class, (e, ctx) -> {
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            respond(ctx, 429, "too_many_attempts", e.getMessage(), null);
        });
        routes.exception(AccessDeniedException.class, (e, ctx) -> {
            if (!e.signedIn() && !ctx.path().startsWith("/api/")) {
                ctx.redirect("/login");
                return;
            }
            respond(
                    ctx,
                    e.signedIn() ? 403 : 401,
                    e.signedIn() ? "forbidden" : "unauthenticated",
                    e.getMessage(),
                    null);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            String incident = UUID.randomUUID().toString();
            LOG.error(
                    "incident {} on {} {}: {}",
                    incident,
                    ctx.method(),
                    ctx.path(),
                    e.getClass().getName());
            respond(ctx, 500, "internal_error", "unexpected failure; incident " + incident, null);
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                respond(ctx, 404, "not_found", "no such resource", null);
            }
        });
    }

    static void respond(Context ctx, int status, String code, String message, String field) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || acceptsJsonOnly(ctx)) {
            ctx.json(new ApiError(code, message, field));
            return;
        }
        Html h = new Html();
        h.raw("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .text(status)
                .raw(
                        "</title><link rel=\"stylesheet\" href=\"/static/css/app.css\"></head><body><main class=\"error\">");
        h.el("h1", status).el("p", message).raw("<p><a href=\"/\">Uncounted</a></p></main></body></html>");
        ctx.html(h.toString());
    }

    private static boolean acceptsJsonOnly(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.startsWith("application/json");
    }
}
