package org.uncounted.app.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.uncounted.app.web.http.TooManyAttemptsException;
import org.uncounted.security.audit.AuditAction;
import org.uncounted.security.auth.LoginGuard;
import org.uncounted.security.auth.LoginThrottledException;
import org.uncounted.store.CaseStore;
import org.uncounted.store.LoginFailedException;
import org.uncounted.store.StoreSession;

/**
 * Sign-in against the store's accounts, shared by the HTML form and the JSON API, in one step:
 * username, password and (for every role that reads identifying data: researcher, interviewer) the
 * current TOTP code. {@link CaseStore#login} checks them (Argon2id, RFC 6238 with replay refusal),
 * locks the account after repeated failures and audits success and failure. In front of it two {@link
 * LoginGuard}s throttle: per account ({@link LoginGuard.Policy#DEFAULT}: 5 free failures, then from 1
 * minute doubling), and per client address, more leniently ({@link #ADDRESS_POLICY}: colleagues behind one
 * address, or everyone on localhost, share it), so guessing is slow even across accounts. Success rotates
 * the session (new id and CSRF token).
 */
public final class Authenticator {
    /** Where a sign-in attempt left the session. */
    public enum Outcome {
        SIGNED_IN,
        REJECTED
    }

    public record Result(Outcome outcome, WebSession session) {}

    /** Per client address: 20 free failures, then 1 s doubling up to 15 minutes; forgotten after an hour. */
    public static final LoginGuard.Policy ADDRESS_POLICY =
            new LoginGuard.Policy(20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));

    private final CaseStore store;
    private final SessionStore sessions;
    private final LoginGuard accounts;
    private final LoginGuard addresses;
    private final AuditTrail audit;

    public Authenticator(CaseStore store, SessionStore sessions, Clock clock, AuditTrail audit) {
        this.store = store;
        this.sessions = sessions;
        this.accounts = new LoginGuard(clock, LoginGuard.Policy.DEFAULT);
        this.addresses = new LoginGuard(clock, ADDRESS_POLICY);
        this.audit = audit;
    }

    /**
     * Checks the credentials; the password array is zeroed.
     *
     * @throws TooManyAttemptsException if this account or address must wait (audited, ids only)
     */
    public Result signIn(WebSession session, String username, char[] password, String code, String address) {
        String account = username == null ? "" : username.strip();
        String client = address == null ? "unknown" : address;
        try {
            // each guard sees one dimension: the other key is derived from the same value
            accounts.checkAllowed(account, "account:" + account);
            addresses.checkAllowed("address:" + client, client);
        } catch (LoginThrottledException e) {
            Arrays.fill(password, '\0');
            audit.record((String) null, AuditAction.LOGIN_THROTTLED);
            throw new TooManyAttemptsException(Math.max(1, e.retryAfter().toSeconds()));
        }
        StoreSession signedIn;
        try {
            signedIn = store.login(account, password, code == null ? "" : code.strip());
        } catch (LoginFailedException | IllegalArgumentException e) {
            accounts.recordFailure(account, "account:" + account);
            addresses.recordFailure("address:" + client, client);
            return new Result(Outcome.REJECTED, session);
        } finally {
            Arrays.fill(password, '\0');
        }
        accounts.recordSuccess(account, "account:" + account);
        return new Result(Outcome.SIGNED_IN, sessions.rotate(session, WebUser.of(signedIn.user()), null));
    }

    public void signOut(WebSession session) {
        if (session.user() != null) audit.record(session.user(), AuditAction.LOGOUT);
        sessions.invalidate(session.id());
    }
}
