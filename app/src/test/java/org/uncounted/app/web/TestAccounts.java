package org.uncounted.app.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.uncounted.app.web.auth.FirstLogin;
import org.uncounted.app.web.cases.InMemoryCaseRepository;
import org.uncounted.security.access.Role;
import org.uncounted.security.auth.Totp;
import org.uncounted.security.keys.KdfParameters;
import org.uncounted.store.CaseStore;

/**
 * Accounts in a test store, with the TOTP secret kept so tests compute codes as an authenticator app would.
 * A code is accepted once per account (replay refusal), so each test signs in with an account of its own.
 */
final class TestAccounts {
    private static final AtomicInteger NEXT = new AtomicInteger();

    /** An account: username, password and (roles reading identifying data) the TOTP secret. */
    record Account(String username, String password, byte[] secret) {
        /** The current code, as an authenticator app shows it. */
        String code() {
            return secret == null ? "" : Totp.DEFAULT.code(secret, Instant.now());
        }
    }

    private TestAccounts() {}

    /** Services on a new temporary store (cheap key derivation), deleted when the services close. */
    static WebServices services() {
        TemporaryStore t = TemporaryStore.create(KdfParameters.forTestsOnly());
        return new WebServices(t.store(), new InMemoryCaseRepository(), Clock.systemUTC(), t);
    }

    /** A new account with {@code roles} on all sources (or {@code sources}, if given). */
    static Account add(CaseStore store, Set<Role> roles, String... sources) {
        String name = roles.iterator().next().name().toLowerCase(java.util.Locale.ROOT) + "-" + NEXT.incrementAndGet();
        String password = "pass-" + name + "-long-enough";
        String uri = store.asOperator().addUser(name, password.toCharArray(), roles, Set.of(sources));
        return new Account(name, password, uri == null ? null : base32(FirstLogin.secretOf(uri)));
    }

    static Account add(CaseStore store, Role role, String... sources) {
        return add(store, Set.of(role), sources);
    }

    static byte[] base32(String text) {
        return org.uncounted.security.auth.Base32.decode(text);
    }
}
