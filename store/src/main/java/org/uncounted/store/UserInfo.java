package org.uncounted.store;

import java.util.Set;
import org.uncounted.security.access.Role;

/**
 * An account as listed by {@code uncounted users list}; never its password hash or TOTP secret.
 *
 * @param username the login name (also its id in the audit log)
 * @param roles roles held
 * @param sources sources the roles apply to; empty with {@code allSources}
 * @param allSources whether the roles apply to every source
 * @param secondFactor whether a TOTP secret is enrolled
 * @param disabled whether the account is disabled
 */
public record UserInfo(
        String username,
        Set<Role> roles,
        Set<String> sources,
        boolean allSources,
        boolean secondFactor,
        boolean disabled) {
    public UserInfo {
        roles = Set.copyOf(roles);
        sources = Set.copyOf(sources);
    }
}
