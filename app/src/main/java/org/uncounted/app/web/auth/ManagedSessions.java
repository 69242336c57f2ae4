package org.uncounted.app.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.uncounted.security.auth.InvalidSessionException;
import org.uncounted.security.auth.Session;
import org.uncounted.security.auth.SessionManager;

/**
 * Sessions of the web application. A signed-in session is one of the security module's {@link
 * SessionManager} (256-bit token, only its hash kept; idle and absolute expiry), with this layer's CSRF
 * token and user beside it; anonymous sessions (the login page's CSRF token) live in an {@link
 * InMemorySessionStore} and never carry a user. To keep one session's concurrent requests from queueing
 * on the manager's lock, a signed-in session is re-validated by the manager at most every {@link
 * #CHECK_EVERY}; in between only its absolute lifetime is checked here, so an idle timeout can end a
 * session up to that much earlier, never later. A restart ends every session (on purpose).
 */
public final class ManagedSessions implements SessionStore {
    static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    private static final int PURGE_ABOVE = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Signed(String csrf, WebUser user, Instant created, Instant checked) {}

    private final Map<String, Signed> signedIn = new ConcurrentHashMap<>();
    private final InMemorySessionStore anonymous;
    private final SessionManager manager;
    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;

    public ManagedSessions(Clock clock, Duration idle, Duration absolute) {
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
        this.manager = new SessionManager(clock, idle, absolute);
        this.anonymous = new InMemorySessionStore(clock);
    }

    /** The security module's defaults: 15 minutes idle, 12 hours absolute. */
    public ManagedSessions(Clock clock) {
        this(clock, SessionManager.DEFAULT_IDLE, SessionManager.DEFAULT_ABSOLUTE);
    }

    @Override
    public WebSession create() {
        return anonymous.create();
    }

    @Override
    public Optional<WebSession> find(String id) {
        if (id == null) return Optional.empty();
        String key = hash(id);
        Signed s = signedIn.get(key);
        if (s == null) return anonymous.find(id).filter(w -> !w.signedIn());
        Instant now = clock.instant();
        if (!now.isBefore(s.created().plus(absolute))) {
            invalidate(id);
            return Optional.empty();
        }
        if (!now.isBefore(s.checked().plus(CHECK_EVERY))) {
            try {
                manager.validate(id);
            } catch (InvalidSessionException e) {
                signedIn.remove(key);
                return Optional.empty();
            }
            Signed fresh = new Signed(s.csrf(), s.user(), s.created(), now);
            signedIn.replace(key, s, fresh);
            s = fresh;
        }
        return Optional.of(new WebSession(id, s.csrf(), s.user(), null, s.checked()));
    }

    @Override
    public WebSession rotate(WebSession old, WebUser user, WebUser pendingTotp) {
        if (pendingTotp != null) throw new IllegalStateException("sign-in is one step: no pending second factor");
        invalidate(old.id());
        if (user == null) return anonymous.create();
        Session s = manager.create(user.account());
        Signed signed = new Signed(token(), user, s.createdAt(), s.createdAt());
        if (signedIn.size() > PURGE_ABOVE) purge(s.createdAt());
        signedIn.put(hash(s.token()), signed);
        return new WebSession(s.token(), signed.csrf(), user, null, s.createdAt());
    }

    @Override
    public void invalidate(String id) {
        if (id == null) return;
        anonymous.invalidate(id);
        manager.invalidate(id);
        signedIn.remove(hash(id));
    }

    /** Live signed-in sessions (as the manager counts them). */
    public int signedInCount() {
        return manager.size();
    }

    private void purge(Instant now) {
        signedIn.values()
                .removeIf(s -> !now.isBefore(s.created().plus(absolute))
                        || !now.isBefore(s.checked().plus(idle)));
    }

    private static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
