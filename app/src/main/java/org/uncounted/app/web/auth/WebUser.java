package org.uncounted.app.web.auth;

import org.uncounted.security.access.AccessPolicy;
import org.uncounted.security.access.Operation;
import org.uncounted.security.access.Resource;
import org.uncounted.security.access.User;

/**
 * A signed-in user as the web layer knows them: the store's account ({@link User}: id, roles,
 * permitted sources), checked by the store's {@link AccessPolicy}, and the page grants derived from it.
 */
public record WebUser(User account, Grants role) {
    public WebUser {
        if (account == null) throw new IllegalArgumentException("WebUser: account is required");
        role = Grants.of(account.roles());
    }

    public static WebUser of(User account) {
        return new WebUser(account, null);
    }

    /** The user's id (the store's user id; what the audit log records). */
    public String id() {
        return account.userId();
    }

    public String username() {
        return account.userId();
    }

    public boolean may(Permission p) {
        return role.may(p);
    }

    /** True if the store's policy lets this user perform {@code op} on {@code r}. */
    public boolean allows(Operation op, Resource r) {
        return AccessPolicy.DEFAULT.allows(account, op, r);
    }
}
