package org.uncounted.app.web.auth;

import java.util.Optional;

/** Where the web layer checks passwords and second factors. */
public interface UserDirectory {
    /** Outcome of a password check. {@code totpRequired} means the user must pass {@link #verifyTotp} next. */
    record PasswordCheck(WebUser user, boolean totpRequired) {}

    /** The user if the password matches; empty otherwise (the caller cannot tell which part was wrong). */
    Optional<PasswordCheck> checkPassword(String username, char[] password);

    /** True when {@code code} is the user's current one-time code (RFC 6238), each code usable once. */
    boolean verifyTotp(WebUser user, String code);

    /** Called after a successful sign-in; one-time logins are disabled here. */
    default void signedIn(WebUser user) {}
}
