package org.uncounted.security.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uncounted.security.MutableClock;
import org.uncounted.security.access.Role;
import org.uncounted.security.access.User;

class SessionManagerTest {
    final MutableClock clock = new MutableClock();
    final SessionManager sessions = new SessionManager(clock);
    final User alice = User.of("alice", Role.RESEARCHER, "s1");

    @Test
    void tokens_are256BitBase64Url_andDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String t = sessions.create(alice).token();
            assertThat(t).matches("[A-Za-z0-9_-]{43}");
            assertThat(seen.add(t)).isTrue();
        }
        assertThat(sessions.create(alice).toString()).doesNotContain("token=");
    }

    @Test
    void idleTimeout_endsSession_useKeepsItAlive() {
        String t = sessions.create(alice).token();
        clock.advance(Duration.ofMinutes(14));
        assertThat(sessions.validate(t).user()).isEqualTo(alice);
        clock.advance(Duration.ofMinutes(14));
        sessions.validate(t);
        clock.advance(Duration.ofMinutes(15));
        assertThatThrownBy(() -> sessions.validate(t))
                .isInstanceOf(InvalidSessionException.class)
                .hasMessageContaining("idle");
        assertThatThrownBy(() -> sessions.validate(t)).isInstanceOf(InvalidSessionException.class);
    }

    @Test
    void absoluteTimeout_endsEvenABusySession() {
        String t = sessions.create(alice).token();
        for (int i = 0; i < 12 * 6 - 1; i++) {
            clock.advance(Duration.ofMinutes(10));
            sessions.validate(t);
        }
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> sessions.validate(t))
                .isInstanceOf(InvalidSessionException.class)
                .hasMessageContaining("absolute");
    }

    @Test
    void logoutAndUserInvalidation_endSessions() {
        String a = sessions.create(alice).token();
        String b = sessions.create(alice).token();
        String c = sessions.create(User.of("bob", Role.ANALYST, "s1")).token();
        sessions.invalidate(a);
        assertThatThrownBy(() -> sessions.validate(a)).isInstanceOf(InvalidSessionException.class);
        assertThat(sessions.invalidateUser("alice")).isEqualTo(1);
        assertThatThrownBy(() -> sessions.validate(b)).isInstanceOf(InvalidSessionException.class);
        assertThat(sessions.validate(c).user().userId()).isEqualTo("bob");
        assertThatThrownBy(() -> sessions.validate("forged")).isInstanceOf(InvalidSessionException.class);
    }

    @Test
    void renew_issuesNewToken_oldStopsWorking_absoluteLifetimeKept() {
        String old = sessions.create(alice).token();
        for (int i = 0; i < 11 * 6; i++) { // busy for 11 hours
            clock.advance(Duration.ofMinutes(10));
            sessions.validate(old);
        }
        Session renewed = sessions.renew(old);
        assertThat(renewed.token()).isNotEqualTo(old);
        assertThatThrownBy(() -> sessions.validate(old)).isInstanceOf(InvalidSessionException.class);
        assertThat(sessions.validate(renewed.token()).user()).isEqualTo(alice);
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(10));
            sessions.validate(renewed.token());
        }
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> sessions.validate(renewed.token()))
                .isInstanceOf(InvalidSessionException.class)
                .hasMessageContaining("absolute");
    }
}
