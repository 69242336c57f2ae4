package org.uncounted.app.web.auth;

import java.time.Instant;

/**
 * One browser's session: its id (the cookie value), its CSRF token (synchronizer pattern: every
 * state-changing request must echo it), the signed-in user if any. {@code pendingTotp} is always null
 * now (sign-in checks password and code in one step, against the store) and stays only so that session
 * stores written against the two-step sign-in keep compiling; it will go.
 */
public record WebSession(String id, String csrfToken, WebUser user, WebUser pendingTotp, Instant lastSeen) {
    public boolean signedIn() {
        return user != null;
    }

    @Override
    public String toString() {
        return "WebSession[" + (user == null ? "anonymous" : user.id()) + ", tokens redacted]";
    }

    public WebSession touch(Instant now) {
        return new WebSession(id, csrfToken, user, pendingTotp, now);
    }
}
