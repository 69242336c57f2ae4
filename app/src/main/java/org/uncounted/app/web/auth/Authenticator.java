package org.uncounted.app.web.auth;

import java.util.Optional;
import org.uncounted.app.web.http.TooManyAttemptsException;
import org.uncounted.security.audit.AuditAction;

/**
 * Sign-in logic shared by the HTML form and the JSON API: throttled password check, then the second
 * factor when the user has one; every step that changes privilege rotates the session.
 */
public final class Authenticator {
    /** Where a sign-in attempt left the session. */
    public enum Outcome {
        SIGNED_IN,
        TOTP_REQUIRED,
        REJECTED
    }

    public record Result(Outcome outcome, WebSession session) {}

    private final UserDirectory users;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final AuditTrail audit;

    public Authenticator(UserDirectory users, SessionStore sessions, LoginThrottle throttle, AuditTrail audit) {
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
    }

    public Result password(WebSession session, String username, char[] password, String address) {
        long wait = throttle.retryAfterSeconds(username, address);
        if (wait > 0) {
            throw new TooManyAttemptsException(wait);
        }
        Optional<UserDirectory.PasswordCheck> check = users.checkPassword(username, password);
        java.util.Arrays.fill(password, '\0');
        if (check.isEmpty()) {
            throttle.failed(username, address);
            audit.record(null, AuditAction.LOGIN_FAILED);
            return new Result(Outcome.REJECTED, session);
        }
        if (check.get().totpRequired()) {
            return new Result(
                    Outcome.TOTP_REQUIRED,
                    sessions.rotate(session, null, check.get().user()));
        }
        throttle.succeeded(username, address);
        users.signedIn(check.get().user());
        audit.record(check.get().user().id(), AuditAction.LOGIN_SUCCEEDED);
        return new Result(
                Outcome.SIGNED_IN, sessions.rotate(session, check.get().user(), null));
    }

    public Result totp(WebSession session, String code, String address) {
        WebUser pending = session.pendingTotp();
        if (pending == null) {
            return new Result(Outcome.REJECTED, session);
        }
        long wait = throttle.retryAfterSeconds(pending.username(), address);
        if (wait > 0) {
            throw new TooManyAttemptsException(wait);
        }
        if (!users.verifyTotp(pending, code)) {
            throttle.failed(pending.username(), address);
            audit.record(pending.id(), AuditAction.LOGIN_FAILED);
            return new Result(Outcome.REJECTED, session);
        }
        throttle.succeeded(pending.username(), address);
        users.signedIn(pending);
        audit.record(pending.id(), AuditAction.LOGIN_SUCCEEDED);
        return new Result(Outcome.SIGNED_IN, sessions.rotate(session, pending, null));
    }

    public void signOut(WebSession session) {
        sessions.invalidate(session.id());
    }
}
