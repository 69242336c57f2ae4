package org.uncounted.security.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Throttles failed logins per account and per client address: after {@code freeFailures}
 * failures, each further attempt must wait {@code baseDelay · 2^(extra failures)}, capped at
 * {@code maxDelay}; counters reset after a success or after {@code resetAfter} without failures.
 * Unknown account names are counted exactly like known ones, so the guard reveals nothing about
 * which accounts exist. In memory: a restart forgets the counters (documented limit).
 */
public final class LoginGuard {
    /** Throttling settings. */
    public record Policy(int freeFailures, Duration baseDelay, Duration maxDelay, Duration resetAfter) {
        /**
         * 5 free failures, then 1 min doubling to 30 min; forget after 1 h. At most 5 guesses a
         * minute and about 10 an hour against one account, wherever they come from.
         */
        public static final Policy DEFAULT =
                new Policy(5, Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofHours(1));

        public Policy {
            if (freeFailures < 1) {
                throw new IllegalArgumentException("freeFailures must be >= 1, was " + freeFailures);
            }
            Objects.requireNonNull(baseDelay, "baseDelay");
            Objects.requireNonNull(maxDelay, "maxDelay");
            Objects.requireNonNull(resetAfter, "resetAfter");
        }
    }

    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final Policy policy;
    private final Map<String, Counter> counters = new HashMap<>();

    private static final class Counter {
        int failures;
        Instant lastFailure;
    }

    public LoginGuard(Clock clock, Policy policy) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Call before checking credentials.
     *
     * @throws LoginThrottledException if the account or the client must wait
     */
    public synchronized void checkAllowed(String account, String client) {
        Instant now = clock.instant();
        Duration wait = max(waitFor("a:" + account, now), waitFor("c:" + client, now));
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
    }

    /** Records a failed attempt (wrong password, wrong or missing TOTP code, unknown account). */
    public synchronized void recordFailure(String account, String client) {
        Instant now = clock.instant();
        bump("a:" + account, now);
        bump("c:" + client, now);
        if (counters.size() > MAX_TRACKED) {
            counters.values()
                    .removeIf(c -> c.lastFailure.plus(policy.resetAfter()).isBefore(now));
        }
    }

    /** Records a successful login: clears the account's counter (the client's stays). */
    public synchronized void recordSuccess(String account, String client) {
        counters.remove("a:" + account);
    }

    private void bump(String key, Instant now) {
        Counter c = counters.computeIfAbsent(key, k -> new Counter());
        if (c.lastFailure != null && !now.isBefore(c.lastFailure.plus(policy.resetAfter()))) {
            c.failures = 0;
        }
        c.failures++;
        c.lastFailure = now;
    }

    private Duration waitFor(String key, Instant now) {
        Counter c = counters.get(key);
        if (c == null || c.failures < policy.freeFailures()) {
            return Duration.ZERO;
        }
        if (!now.isBefore(c.lastFailure.plus(policy.resetAfter()))) {
            return Duration.ZERO;
        }
        int extra = Math.min(c.failures - policy.freeFailures(), 30);
        Duration delay = policy.baseDelay().multipliedBy(1L << extra);
        if (delay.compareTo(policy.maxDelay()) > 0) {
            delay = policy.maxDelay();
        }
        Instant until = c.lastFailure.plus(delay);
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
