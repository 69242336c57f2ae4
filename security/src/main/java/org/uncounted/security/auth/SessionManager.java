package org.uncounted.security.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.uncounted.security.access.User;
import org.uncounted.security.internal.Bytes;

/**
 * Server-side sessions with idle and absolute timeouts and random 256-bit tokens. Only the
 * token's SHA-256 is kept, so a dump of the session table cannot be replayed. In memory: a
 * restart logs everyone out (on purpose).
 */
public final class SessionManager {
    /** ASVS L3 figures: 15 minutes idle, 12 hours absolute. */
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(15);

    public static final Duration DEFAULT_ABSOLUTE = Duration.ofHours(12);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;
    private final Map<String, Session> sessions = new HashMap<>();

    public SessionManager(Clock clock, Duration idle, Duration absolute) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("need 0 < idle (" + idle + ") <= absolute (" + absolute + ")");
        }
        this.idle = idle;
        this.absolute = absolute;
    }

    /** A manager with the default timeouts. */
    public SessionManager(Clock clock) {
        this(clock, DEFAULT_IDLE, DEFAULT_ABSOLUTE);
    }

    /** Starts a session for an authenticated user (call only after password and, if required, TOTP passed). */
    public synchronized Session create(User user) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Bytes.zero(raw);
        Instant now = clock.instant();
        Session s = new Session(token, user, now, now);
        sessions.put(key(token), new Session("", user, now, now));
        purgeExpired(now);
        return s;
    }

    /**
     * Returns the live session for {@code token} and refreshes its idle timer.
     *
     * @throws InvalidSessionException if unknown, idle too long, past its absolute lifetime, or invalidated
     */
    public synchronized Session validate(String token) {
        if (token == null) {
            throw new InvalidSessionException("no token");
        }
        String k = key(token);
        Session s = sessions.get(k);
        Instant now = clock.instant();
        if (s == null) {
            throw new InvalidSessionException("unknown or ended");
        }
        if (!now.isBefore(s.createdAt().plus(absolute))) {
            sessions.remove(k);
            throw new InvalidSessionException("absolute lifetime of " + absolute.toMinutes() + " min exceeded");
        }
        if (!now.isBefore(s.lastSeenAt().plus(idle))) {
            sessions.remove(k);
            throw new InvalidSessionException("idle for more than " + idle.toMinutes() + " min");
        }
        Session refreshed = new Session("", s.user(), s.createdAt(), now);
        sessions.put(k, refreshed);
        return new Session(token, s.user(), s.createdAt(), now);
    }

    /**
     * Replaces a live session's token with a fresh one (same user, same start time), for a
     * privilege change such as passing the second factor or re-authenticating; the old token stops
     * working at once (no session fixation).
     *
     * @throws InvalidSessionException if the old token is not live
     */
    public synchronized Session renew(String token) {
        Session old = validate(token);
        sessions.remove(key(token));
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Bytes.zero(raw);
        Instant now = clock.instant();
        sessions.put(key(fresh), new Session("", old.user(), old.createdAt(), now));
        return new Session(fresh, old.user(), old.createdAt(), now);
    }

    /** Ends one session (logout). */
    public synchronized void invalidate(String token) {
        sessions.remove(key(token));
    }

    /** Ends every session of a user (password or role change, account disabled). */
    public synchronized int invalidateUser(String userId) {
        int before = sessions.size();
        sessions.values().removeIf(s -> s.user().userId().equals(userId));
        return before - sessions.size();
    }

    /** Number of live sessions. */
    public synchronized int size() {
        purgeExpired(clock.instant());
        return sessions.size();
    }

    private void purgeExpired(Instant now) {
        sessions.values()
                .removeIf(s -> !now.isBefore(s.createdAt().plus(absolute))
                        || !now.isBefore(s.lastSeenAt().plus(idle)));
    }

    private static String key(String token) {
        return Bytes.hex(Bytes.sha256(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
