package org.uncounted.app.web.auth;

import java.time.Instant;

/**
 * One browser's session: its id (the cookie value), its CSRF token (synchronizer pattern: every
 * state-changing request must echo it), the signed-in user if any, and a user who passed the password step
 * and still owes the second factor.
 */
public record WebSession(String id, String csrfToken, WebUser user, WebUser pendingTotp, Instant lastSeen) {
    public boolean signedIn() {
        return user != null;
    }

    public WebSession touch(Instant now) {
        return new WebSession(id, csrfToken, user, pendingTotp, now);
    }
}
