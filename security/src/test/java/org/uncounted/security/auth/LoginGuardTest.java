package org.uncounted.security.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.uncounted.security.MutableClock;

class LoginGuardTest {
    /** G18: 100 wrong passwords against one account within a minute → at least 95 refused by throttling. */
    @Test
    void hundredGuessesInAMinute_atLeast95Throttled() {
        MutableClock clock = new MutableClock();
        LoginGuard guard = new LoginGuard(clock, LoginGuard.Policy.DEFAULT);
        int throttled = 0;
        for (int i = 0; i < 100; i++) {
            try {
                guard.checkAllowed("alice", "10.0.0." + (i % 50)); // attacker rotates addresses
                guard.recordFailure("alice", "10.0.0." + (i % 50));
            } catch (LoginThrottledException e) {
                throttled++;
            }
            clock.advance(Duration.ofMillis(600));
        }
        assertThat(throttled).isGreaterThanOrEqualTo(95);
    }

    @Test
    void oneClientSprayingManyAccounts_isThrottledToo() {
        MutableClock clock = new MutableClock();
        LoginGuard guard = new LoginGuard(clock, LoginGuard.Policy.DEFAULT);
        for (int i = 0; i < 5; i++) {
            guard.checkAllowed("user" + i, "10.9.9.9");
            guard.recordFailure("user" + i, "10.9.9.9");
        }
        assertThatThrownBy(() -> guard.checkAllowed("user99", "10.9.9.9")).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void delayDoubles_thenWaitingLetsOneTryThrough() {
        MutableClock clock = new MutableClock();
        LoginGuard guard = new LoginGuard(clock, LoginGuard.Policy.DEFAULT);
        for (int i = 0; i < 5; i++) {
            guard.recordFailure("bob", "c");
        }
        assertThatThrownBy(() -> guard.checkAllowed("bob", "c"))
                .isInstanceOfSatisfying(
                        LoginThrottledException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(1));
        guard.checkAllowed("bob", "c");
        guard.recordFailure("bob", "c");
        assertThatThrownBy(() -> guard.checkAllowed("bob", "c"))
                .isInstanceOfSatisfying(
                        LoginThrottledException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(2)));
    }

    @Test
    void unknownAndKnownAccounts_areTreatedAlike_andCountersExpire() {
        MutableClock clock = new MutableClock();
        LoginGuard guard = new LoginGuard(clock, LoginGuard.Policy.DEFAULT);
        for (int i = 0; i < 20; i++) {
            guard.recordFailure("no-such-user", "c1");
        }
        assertThatThrownBy(() -> guard.checkAllowed("no-such-user", "c2")).isInstanceOf(LoginThrottledException.class);
        clock.advance(Duration.ofHours(1));
        guard.checkAllowed("no-such-user", "c1");
    }

    @Test
    void success_clearsTheAccountCounter() {
        MutableClock clock = new MutableClock();
        LoginGuard guard = new LoginGuard(clock, LoginGuard.Policy.DEFAULT);
        for (int i = 0; i < 4; i++) {
            guard.recordFailure("carol", "c");
        }
        guard.recordSuccess("carol", "c");
        guard.recordFailure("carol", "c2");
        guard.checkAllowed("carol", "c2");
    }
}
