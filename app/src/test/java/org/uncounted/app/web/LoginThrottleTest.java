package org.uncounted.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.uncounted.app.web.auth.AuditTrail;
import org.uncounted.app.web.auth.Authenticator;
import org.uncounted.app.web.auth.ManagedSessions;
import org.uncounted.app.web.auth.WebSession;
import org.uncounted.app.web.http.TooManyAttemptsException;
import org.uncounted.security.access.Role;
import org.uncounted.security.keys.KdfParameters;

/** Sign-in against the store: throttling, the store's lockout, and session expiry (idle and absolute). */
class LoginThrottleTest {
    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-29T12:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    static TemporaryStore temp;
    static AuditTrail audit;

    @BeforeAll
    static void open() {
        temp = TemporaryStore.create(KdfParameters.forTestsOnly());
        audit = new AuditTrail(temp.store());
        temp.store()
                .asOperator()
                .importJson(
                        ModelCasesTest.FILE.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "ngo-a.json",
                        null,
                        org.uncounted.store.Progress.NONE);
    }

    @AfterAll
    static void close() {
        audit.close();
        temp.close();
    }

    record Rig(ManualClock clock, ManagedSessions sessions, Authenticator auth) {
        Authenticator.Result signIn(TestAccounts.Account a, String password, String code) {
            return auth.signIn(sessions.create(), a.username(), password.toCharArray(), code, "192.0.2.1");
        }
    }

    static Rig rig() {
        ManualClock clock = new ManualClock();
        ManagedSessions sessions = new ManagedSessions(clock);
        return new Rig(clock, sessions, new Authenticator(temp.store(), sessions, clock, audit));
    }

    @Test
    void signIn_researcherWithCode_givesSessionWithStoreRoles() {
        Rig r = rig();
        var a = TestAccounts.add(temp.store(), Role.RESEARCHER, "ngo-a");
        Authenticator.Result res = r.signIn(a, a.password(), a.code());
        assertThat(res.outcome()).isEqualTo(Authenticator.Outcome.SIGNED_IN);
        WebSession s = r.sessions().find(res.session().id()).orElseThrow();
        assertThat(s.user().account().roles()).containsExactly(Role.RESEARCHER);
        assertThat(s.user().account().sources()).containsExactly("ngo-a");
    }

    @Test
    void signIn_researcherWithoutCode_isRejected() {
        var a = TestAccounts.add(temp.store(), Role.RESEARCHER);
        assertThat(rig().signIn(a, a.password(), "").outcome()).isEqualTo(Authenticator.Outcome.REJECTED);
        assertThat(rig().signIn(a, a.password(), null).outcome()).isEqualTo(Authenticator.Outcome.REJECTED);
    }

    @Test
    void signIn_fiveFailures_throttledThenStoreLockoutOutlastsTheThrottle() {
        Rig r = rig();
        var a = TestAccounts.add(temp.store(), Role.RESEARCHER);
        for (int i = 0; i < 5; i++) {
            assertThat(r.signIn(a, "wrong-password-" + i, "000000").outcome())
                    .isEqualTo(Authenticator.Outcome.REJECTED);
        }
        assertThatThrownBy(() -> r.signIn(a, a.password(), a.code())).isInstanceOf(TooManyAttemptsException.class);
        r.clock().advance(Duration.ofMinutes(2)); // the web throttle's first delay (1 min) has passed
        assertThat(r.signIn(a, a.password(), a.code()).outcome())
                .as("the store keeps the account locked for 15 minutes after 5 failures")
                .isEqualTo(Authenticator.Outcome.REJECTED);
    }

    @Test
    void session_idleFor16Minutes_expires() {
        Rig r = rig();
        var a = TestAccounts.add(temp.store(), Role.ANALYST);
        String id = r.signIn(a, a.password(), "").session().id();
        r.clock().advance(Duration.ofMinutes(14));
        assertThat(r.sessions().find(id)).isPresent();
        r.clock().advance(Duration.ofMinutes(14));
        assertThat(r.sessions().find(id))
                .as("14 minutes after the previous request")
                .isPresent();
        r.clock().advance(Duration.ofMinutes(16));
        assertThat(r.sessions().find(id)).as("16 minutes idle").isEmpty();
    }

    @Test
    void session_keptBusy_endsAtItsAbsoluteLifetime() {
        Rig r = rig();
        var a = TestAccounts.add(temp.store(), Role.ANALYST);
        String id = r.signIn(a, a.password(), "").session().id();
        for (int i = 0; i < 71; i++) {
            r.clock().advance(Duration.ofMinutes(10));
            assertThat(r.sessions().find(id))
                    .as("after %d minutes", (i + 1) * 10)
                    .isPresent();
        }
        r.clock().advance(Duration.ofMinutes(10));
        assertThat(r.sessions().find(id)).as("12 hours after sign-in").isEmpty();
    }

    @Test
    void signOut_endsTheSession() {
        Rig r = rig();
        var a = TestAccounts.add(temp.store(), Role.ANALYST);
        WebSession s = r.signIn(a, a.password(), "").session();
        r.auth().signOut(s);
        assertThat(r.sessions().find(s.id())).isEmpty();
    }
}
