package org.uncounted.app.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #FREE_ATTEMPTS} failures for the same account, or
 * {@value #FREE_ATTEMPTS_PER_ADDRESS} from the same client address (higher, because colleagues behind one
 * address, or everyone on localhost, share it), further attempts are refused for a delay that doubles with each failure (1 s, 2 s, 4 s … capped at
 * 15 minutes). A success clears the account's and the address's counters.
 */
public final class LoginThrottle {
    static final int FREE_ATTEMPTS = 5;
    static final int FREE_ATTEMPTS_PER_ADDRESS = 20;
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds until another attempt is allowed for this account or address; 0 when allowed now. */
    public long retryAfterSeconds(String username, String address) {
        return Math.max(wait(key("u", username), FREE_ATTEMPTS), wait(key("a", address), FREE_ATTEMPTS_PER_ADDRESS));
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        for (String k : new String[] {key("u", username), key("a", address)}) {
            failures.merge(k, new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
        }
    }

    public void succeeded(String username, String address) {
        failures.remove(key("u", username));
        failures.remove(key("a", address));
    }

    private long wait(String key, int free) {
        Failures f = failures.get(key);
        if (f == null || f.count() < free) {
            return 0;
        }
        long delay = Math.min(MAX_DELAY.getSeconds(), 1L << Math.min(30, f.count() - free));
        long remaining =
                f.last().plusSeconds(delay).getEpochSecond() - clock.instant().getEpochSecond();
        return Math.max(0, remaining);
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "" : value.toLowerCase(Locale.ROOT));
    }
}
