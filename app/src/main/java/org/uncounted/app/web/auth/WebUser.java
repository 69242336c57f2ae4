package org.uncounted.app.web.auth;

/** A signed-in user as the web layer knows them: an id, a login name and a role. */
public record WebUser(String id, String username, Role role) {
    public WebUser {
        if (id == null || id.isBlank() || username == null || username.isBlank() || role == null) {
            throw new IllegalArgumentException("WebUser: id, username and role are required");
        }
    }
}
