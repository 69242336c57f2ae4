package org.uncounted.security.auth;

import java.time.Instant;
import org.uncounted.security.access.User;

/**
 * A live session.
 *
 * @param token the bearer token (256 random bits, base64url); only the holder knows it, the
 *     manager keeps its SHA-256
 * @param user the authenticated user (roles as at login; role changes end the user's sessions)
 * @param createdAt login time (absolute timeout runs from here)
 * @param lastSeenAt last validated use (idle timeout runs from here)
 */
public record Session(String token, User user, Instant createdAt, Instant lastSeenAt) {
    @Override
    public String toString() {
        return "Session[user " + user.userId() + ", since " + createdAt + ", token redacted]";
    }
}
