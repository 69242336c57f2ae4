package org.uncounted.security.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.uncounted.security.keys.Ids;

/**
 * An account as the policy sees it.
 *
 * @param userId opaque id (used in the audit log)
 * @param roles at least one role; a person who both administers and researches holds both
 * @param sources ids of the sources whose cases the user may work on (ignored for system-wide operations)
 * @param allSources true if the user is permitted every source (e.g. the lone researcher of a laptop install)
 */
public record User(String userId, Set<Role> roles, Set<String> sources, boolean allSources) {
    public User {
        Ids.require("userId", userId);
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("user " + userId + " must hold at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        sources = Set.copyOf(Objects.requireNonNull(sources, "sources"));
        sources.forEach(s -> Ids.require("sourceId", s));
    }

    /** One role, some sources. */
    public static User of(String userId, Role role, String... sources) {
        return new User(userId, Set.of(role), Set.of(sources), false);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True if the user may work on cases of this source. */
    public boolean permits(String sourceId) {
        return allSources || sources.contains(sourceId);
    }

    /** True if any of the user's roles can read identifying data, so login needs TOTP. */
    public boolean requiresSecondFactor() {
        return roles.stream().anyMatch(Role::readsIdentifying);
    }
}
