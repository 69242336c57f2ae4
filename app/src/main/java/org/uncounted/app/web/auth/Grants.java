package org.uncounted.app.web.auth;

import java.util.Set;
import org.uncounted.security.access.Role;

/**
 * A signed-in user's roles as the pages need them: the role shown next to the name ({@link #name()},
 * the most privileged for identifying data) and the page permissions of all roles together.
 */
public record Grants(Role primary, Set<Permission> permissions) {
    private static final Role[] ORDER = {Role.RESEARCHER, Role.INTERVIEWER, Role.ADMIN, Role.ANALYST, Role.VIEWER};

    public Grants {
        permissions = Set.copyOf(permissions);
    }

    /** The grants of a set of store roles. */
    public static Grants of(Set<Role> roles) {
        Role primary = null;
        for (Role r : ORDER) {
            if (primary == null && roles.contains(r)) primary = r;
        }
        java.util.EnumSet<Permission> ps = java.util.EnumSet.noneOf(Permission.class);
        roles.forEach(r -> ps.addAll(Permission.of(r)));
        return new Grants(primary, ps);
    }

    public boolean may(Permission p) {
        return permissions.contains(p);
    }

    /** The shown role's name (message key {@code role.<name>}). */
    public String name() {
        return primary.name();
    }
}
