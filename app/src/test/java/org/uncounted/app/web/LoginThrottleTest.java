package org.uncounted.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.uncounted.app.web.auth.LoginThrottle;

class LoginThrottleTest {
    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-29T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void retryAfter_fiveAccountFailures_waitsThenDoubles() {
        MutableClock clock = new MutableClock();
        LoginThrottle t = new LoginThrottle(clock);
        for (int i = 0; i < 4; i++) {
            t.failed("kim", "10.0.0.1");
        }
        assertThat(t.retryAfterSeconds("kim", "10.0.0.2")).isZero();
        t.failed("kim", "10.0.0.1");
        assertThat(t.retryAfterSeconds("kim", "10.0.0.2")).isEqualTo(1);
        t.failed("kim", "10.0.0.1");
        assertThat(t.retryAfterSeconds("KIM", "10.0.0.2"))
                .as("names compare case-insensitively")
                .isEqualTo(2);
        clock.now = clock.now.plus(Duration.ofSeconds(3));
        assertThat(t.retryAfterSeconds("kim", "10.0.0.2")).isZero();
        assertThat(t.retryAfterSeconds("lee", "10.0.0.3"))
                .as("other accounts unaffected")
                .isZero();
    }

    @Test
    void retryAfter_manyAddressFailures_throttleEveryAccountFromThatAddress() {
        MutableClock clock = new MutableClock();
        LoginThrottle t = new LoginThrottle(clock);
        for (int i = 0; i < 20; i++) {
            t.failed("user" + i, "10.0.0.9");
        }
        assertThat(t.retryAfterSeconds("someone-else", "10.0.0.9")).isPositive();
        t.succeeded("someone-else", "10.0.0.9");
        assertThat(t.retryAfterSeconds("someone-else", "10.0.0.9")).isZero();
    }
}
