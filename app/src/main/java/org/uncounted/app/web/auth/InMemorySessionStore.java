package org.uncounted.app.web.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions kept in this process's memory (lost on restart: everyone signs in again), with a 30-minute idle
 * timeout and a cap on anonymous sessions so that unauthenticated traffic cannot exhaust memory. Ids and
 * tokens are 256-bit random values.
 */
public final class InMemorySessionStore implements SessionStore {
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    /**
     * How stale lastSeen may get before a request refreshes it. Every request used to rewrite the map entry,
     * so 100 concurrent requests of one session queued on one map bin (0.2-1.7 s waits under load); the idle
     * timeout may now end a session up to this much earlier, never later.
     */
    static final Duration TOUCH_EVERY = Duration.ofSeconds(15);

    private static final int MAX_SESSIONS = 50_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemorySessionStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public WebSession create() {
        if (sessions.size() >= MAX_SESSIONS) {
            evict();
        }
        WebSession s = new WebSession(token(), token(), null, null, clock.instant());
        sessions.put(s.id(), s);
        return s;
    }

    @Override
    public Optional<WebSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        WebSession s = sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        if (s.lastSeen().plus(IDLE_TIMEOUT).isBefore(clock.instant())) {
            sessions.remove(id);
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (s.lastSeen().plus(TOUCH_EVERY).isAfter(now)) {
            return Optional.of(s); // seen moments ago: no write, so concurrent requests of one session never queue
        }
        WebSession touched = s.touch(now);
        sessions.replace(id, s, touched);
        return Optional.of(touched);
    }

    @Override
    public WebSession rotate(WebSession old, WebUser user, WebUser pendingTotp) {
        sessions.remove(old.id());
        WebSession s = new WebSession(token(), token(), user, pendingTotp, clock.instant());
        sessions.put(s.id(), s);
        return s;
    }

    @Override
    public void invalidate(String id) {
        sessions.remove(id);
    }

    private void evict() {
        var cutoff = clock.instant().minus(IDLE_TIMEOUT);
        sessions.values().removeIf(s -> s.lastSeen().isBefore(cutoff) || !s.signedIn());
    }

    private static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
