package org.uncounted.security.auth;

import java.time.Duration;

/** Too many failed logins for this account or client; retry after {@link #retryAfter()}. */
public class LoginThrottledException extends SecurityException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("too many failed logins; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
