package org.uncounted.store;

/**
 * Unknown user, wrong password, missing or wrong second factor, disabled or locked account; the
 * message does not say which, so it cannot be used to probe for accounts.
 */
public class LoginFailedException extends SecurityException {
    private static final long serialVersionUID = 1L;

    public LoginFailedException(String message) {
        super(message);
    }
}
