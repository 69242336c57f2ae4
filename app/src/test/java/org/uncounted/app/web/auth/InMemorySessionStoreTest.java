package org.uncounted.app.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemorySessionStoreTest {
    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-29T12:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void find_withinTouchInterval_returnsTheStoredSessionWithoutRewritingIt() {
        ManualClock clock = new ManualClock();
        InMemorySessionStore store = new InMemorySessionStore(clock);
        WebSession s = store.create();
        clock.advance(InMemorySessionStore.TOUCH_EVERY.minusSeconds(1));

        assertThat(store.find(s.id())).containsSame(s);
    }

    @Test
    void find_afterTouchInterval_refreshesLastSeen() {
        ManualClock clock = new ManualClock();
        InMemorySessionStore store = new InMemorySessionStore(clock);
        WebSession s = store.create();
        clock.advance(InMemorySessionStore.TOUCH_EVERY.plusSeconds(1));

        assertThat(store.find(s.id()).orElseThrow().lastSeen()).isEqualTo(clock.instant());
    }

    @Test
    void find_activeSession_staysAliveBeyondTheIdleTimeout() {
        ManualClock clock = new ManualClock();
        InMemorySessionStore store = new InMemorySessionStore(clock);
        WebSession s = store.create();
        for (int minute = 0; minute < 90; minute++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(store.find(s.id())).as("minute %d", minute).isPresent();
        }
    }

    @Test
    void find_idleLongerThanTimeout_endsTheSession() {
        ManualClock clock = new ManualClock();
        InMemorySessionStore store = new InMemorySessionStore(clock);
        WebSession s = store.create();
        clock.advance(Duration.ofSeconds(5));
        store.find(s.id()); // a request inside the touch interval does not move lastSeen
        clock.advance(InMemorySessionStore.IDLE_TIMEOUT.minusSeconds(4));

        assertThat(store.find(s.id())).isEmpty();
        assertThat(store.find(s.id())).isEmpty();
    }
}
