package org.uncounted.security.auth;

/** The session token is unknown, expired (idle or absolute) or was invalidated. */
public class InvalidSessionException extends SecurityException {
    private static final long serialVersionUID = 1L;

    public InvalidSessionException(String reason) {
        super("invalid session: " + reason);
    }
}
