package org.uncounted.app.web.auth;

import java.util.EnumSet;
import java.util.Set;

/**
 * Roles of the web application and what each may do. An analyst sees only aggregates (estimates, charts,
 * the map), never a name or a narrative; a reviewer decides links and reads the fields compared; a coder
 * records and reads testimonies; an administrator does everything.
 */
public enum Role {
    ADMIN(EnumSet.allOf(Permission.class)),
    CODER(EnumSet.of(
            Permission.RECORD_CASES, Permission.READ_IDENTIFYING, Permission.READ_AGGREGATES, Permission.RUN_JOBS)),
    REVIEWER(EnumSet.of(Permission.READ_IDENTIFYING, Permission.REVIEW_LINKS, Permission.READ_AGGREGATES)),
    ANALYST(EnumSet.of(Permission.READ_AGGREGATES, Permission.RUN_JOBS));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public boolean may(Permission p) {
        return permissions.contains(p);
    }
}
