package org.uncounted.app.web.http;

/** Sign-in attempts are throttled for this account or address; retry after the given delay. */
public final class TooManyAttemptsException extends SecurityException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public TooManyAttemptsException(long retryAfterSeconds) {
        super("too many failed sign-in attempts; retry in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
