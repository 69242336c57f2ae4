package org.uncounted.app.web.auth;

import java.util.Optional;

/** Server-side sessions. Every change of privilege issues a new id and CSRF token (no session fixation). */
public interface SessionStore {
    /** A new anonymous session. */
    WebSession create();

    /** The live session with this id, its idle timer reset; empty if unknown or expired. */
    Optional<WebSession> find(String id);

    /** Replaces {@code old} by a new session (new id and token) holding {@code user} and {@code pendingTotp}. */
    WebSession rotate(WebSession old, WebUser user, WebUser pendingTotp);

    void invalidate(String id);
}
