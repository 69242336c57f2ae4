package org.uncounted.app.web.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.uncounted.app.web.http.Form;
import org.uncounted.app.web.http.Html;
import org.uncounted.app.web.http.Layout;
import org.uncounted.app.web.http.Pipeline;
import org.uncounted.app.web.http.Req;
import org.uncounted.app.web.http.TooManyAttemptsException;
import org.uncounted.app.web.http.WebInputException;

/**
 * Sign-in (username, password and the authenticator code in one form, checked by the store), sign-out and
 * the locale switch, as pages and API.
 */
public final class AuthRoutes {
    private final Authenticator auth;
    private final Pipeline pipeline;

    public AuthRoutes(Authenticator auth, Pipeline pipeline) {
        this.auth = auth;
        this.pipeline = pipeline;
    }

    public void register(RoutesConfig r) {
        r.get("/login", ctx -> ctx.html(loginPage(ctx, null)));
        r.post("/login", this::loginForm);
        r.post("/logout", ctx -> {
            Req.of(ctx).session().ifPresent(auth::signOut);
            ctx.redirect("/login");
        });
        r.post("/locale", ctx -> {
            String lang = "ko".equals(ctx.formParam("lang")) ? "ko" : "en";
            pipeline.setLangCookie(ctx, lang);
            ctx.redirect(Form.safeReturn(ctx.formParam("return")));
        });
        r.get("/api/session", ctx -> ctx.json(state(Req.of(ctx).session().orElseThrow())));
        r.post("/api/session", this::loginApi);
        r.delete("/api/session", ctx -> {
            Req.of(ctx).session().ifPresent(auth::signOut);
            ctx.status(204);
        });
    }

    private void loginForm(Context ctx) {
        WebSession s = Req.of(ctx).session().orElseThrow();
        String pw = ctx.formParam("password");
        try {
            Authenticator.Result res = auth.signIn(
                    s,
                    ctx.formParam("username"),
                    pw == null ? new char[0] : pw.toCharArray(),
                    ctx.formParam("code"),
                    ctx.ip());
            if (res.outcome() == Authenticator.Outcome.SIGNED_IN) {
                pipeline.setSessionCookie(ctx, res.session());
                ctx.redirect("/");
            } else {
                ctx.status(401).html(loginPage(ctx, "login.failed"));
            }
        } catch (TooManyAttemptsException e) {
            ctx.status(429).header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            ctx.html(loginPage(ctx, "login.throttled"));
        }
    }

    private void loginApi(Context ctx) {
        Map<?, ?> body = ctx.bodyAsClass(Map.class);
        Object user = body.get("username");
        Object pw = body.get("password");
        Object code = body.get("code");
        if (!(user instanceof String) || !(pw instanceof String)) {
            throw WebInputException.invalid(user instanceof String ? "password" : "username", "required string");
        }
        if (code != null && !(code instanceof String)) {
            throw WebInputException.invalid("code", "a string of digits");
        }
        Authenticator.Result res = auth.signIn(
                Req.of(ctx).session().orElseThrow(),
                (String) user,
                ((String) pw).toCharArray(),
                (String) code,
                ctx.ip());
        if (res.outcome() == Authenticator.Outcome.REJECTED) {
            throw new org.uncounted.app.web.http.AccessDeniedException("sign-in", false);
        }
        pipeline.setSessionCookie(ctx, res.session());
        ctx.json(state(res.session()));
    }

    private static Map<String, Object> state(WebSession s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signedIn", s.signedIn());
        m.put("username", s.user() == null ? null : s.user().username());
        m.put("role", s.user() == null ? null : s.user().role().name());
        m.put(
                "roles",
                s.user() == null
                        ? java.util.List.of()
                        : s.user().account().roles().stream()
                                .map(Enum::name)
                                .sorted()
                                .toList());
        m.put("csrfToken", s.csrfToken());
        return m;
    }

    private static String loginPage(Context ctx, String errorKey) {
        Req r = Req.of(ctx);
        Html h = new Html();
        h.raw("<section class=\"card narrow\">").el("h1", r.t("login.title"));
        if (errorKey != null) {
            h.open("p")
                    .attr("class", "error")
                    .attr("role", "alert")
                    .gt()
                    .text(r.t(errorKey))
                    .close("p");
        }
        h.open("form")
                .attr("method", "post")
                .attr("action", "/login")
                .attr("id", "login-form")
                .gt();
        Layout.csrf(h, r);
        field(h, r.t("login.username"), "username", "text", "username");
        field(h, r.t("login.password"), "password", "password", "current-password");
        field(h, r.t("login.code"), "code", "text", "one-time-code");
        h.el("p", r.t("login.totpHelp"));
        h.open("button").attr("type", "submit").attr("id", "login-submit").gt().text(r.t("login.submit"));
        h.close("button").close("form").raw("</section>");
        return Layout.page(r, "/login", r.t("login.title"), h, false);
    }

    private static void field(Html h, String label, String name, String type, String autocomplete) {
        h.open("label").gt().text(label);
        h.open("input").attr("type", type).attr("name", name).attr("id", name).attr("autocomplete", autocomplete);
        h.gt().close("label");
    }
}
