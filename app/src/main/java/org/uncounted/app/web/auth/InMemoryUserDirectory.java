package org.uncounted.app.web.auth;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.uncounted.security.auth.PasswordHasher;
import org.uncounted.security.auth.PasswordParameters;
import org.uncounted.security.auth.Totp;

/**
 * A user directory held in memory, with the security module's Argon2id password hashes and RFC 6238
 * second factor (each code accepted once), used by the web layer until a persistent user store is wired in. Users vanish when the server stops. One-time logins
 * (for the demo) are disabled after their first successful sign-in.
 */
public final class InMemoryUserDirectory implements UserDirectory {
    private record Entry(WebUser user, String hash, byte[] totpSecret, boolean oneTime, long[] lastStep) {}

    private final Map<String, Entry> byName = new ConcurrentHashMap<>();
    private final PasswordHasher hasher;
    private final Clock clock;
    private final String dummyHash;

    public InMemoryUserDirectory() {
        this(new PasswordHasher(PasswordParameters.DEFAULT), Clock.systemUTC());
    }

    public InMemoryUserDirectory(PasswordHasher hasher, Clock clock) {
        this.hasher = hasher;
        this.clock = clock;
        this.dummyHash = hasher.hash("not-a-password".toCharArray());
    }

    /** Adds a user; {@code totpSecret} null means no second factor. Returns the user. */
    public WebUser add(String username, char[] password, Role role, byte[] totpSecret, boolean oneTime) {
        WebUser user = new WebUser(UUID.randomUUID().toString(), username, role);
        Entry e = new Entry(user, hasher.hash(password), totpSecret, oneTime, new long[] {-1});
        if (byName.putIfAbsent(username.toLowerCase(java.util.Locale.ROOT), e) != null) {
            throw new IllegalArgumentException("username already exists");
        }
        return user;
    }

    /** A fresh random TOTP secret. */
    public static byte[] newTotpSecret() {
        return Totp.newSecret();
    }

    @Override
    public Optional<PasswordCheck> checkPassword(String username, char[] password) {
        Entry e = username == null ? null : byName.get(username.toLowerCase(java.util.Locale.ROOT));
        if (e == null) {
            hasher.verify(password, dummyHash); // same work either way
            return Optional.empty();
        }
        if (!hasher.verify(password, e.hash())) {
            return Optional.empty();
        }
        return Optional.of(new PasswordCheck(e.user(), e.totpSecret() != null));
    }

    @Override
    public boolean verifyTotp(WebUser user, String code) {
        Entry e = byName.get(user.username().toLowerCase(java.util.Locale.ROOT));
        if (e == null || e.totpSecret() == null) {
            return false;
        }
        synchronized (e.lastStep()) {
            OptionalLong step = Totp.DEFAULT.verify(e.totpSecret(), code, clock.instant(), 1, e.lastStep()[0]);
            if (step.isEmpty()) {
                return false; // wrong, or replayed
            }
            e.lastStep()[0] = step.getAsLong();
            return true;
        }
    }

    @Override
    public void signedIn(WebUser user) {
        byName.computeIfPresent(user.username().toLowerCase(java.util.Locale.ROOT), (k, e) -> e.oneTime() ? null : e);
    }
}
