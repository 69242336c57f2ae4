package org.uncounted.app.web.auth;

import java.util.EnumSet;
import java.util.Set;
import org.uncounted.security.access.AccessPolicy;
import org.uncounted.security.access.Operation;
import org.uncounted.security.access.Role;
import org.uncounted.security.access.Scope;

/**
 * What the pages offer a signed-in user, derived from the store's {@link AccessPolicy} (the one source
 * of truth for roles): a page is offered when some role of the user holds the operation behind it.
 * Decisions on one case or source are still made by the policy itself (see {@code CaseService}).
 * Identifying content (names, narratives, exact places) needs {@link #READ_IDENTIFYING}: researchers,
 * for their permitted sources. Interviewers read only the cases they created, through intake, so they
 * get neither the case list nor search.
 */
public enum Permission {
    RECORD_CASES,
    READ_IDENTIFYING,
    REVIEW_LINKS,
    READ_AGGREGATES,
    RUN_JOBS,
    MANAGE_USERS;

    /** The permissions one role gets under {@link AccessPolicy#DEFAULT}. */
    public static Set<Permission> of(Role role) {
        AccessPolicy p = AccessPolicy.DEFAULT;
        Set<Permission> out = EnumSet.noneOf(Permission.class);
        if (p.scope(role, Operation.CREATE_CASE) != Scope.NONE) out.add(RECORD_CASES);
        if (wide(p.scope(role, Operation.READ_IDENTIFYING))) out.add(READ_IDENTIFYING);
        if (p.scope(role, Operation.DECIDE_LINK) != Scope.NONE) out.add(REVIEW_LINKS);
        if (p.scope(role, Operation.RUN_ESTIMATE) != Scope.NONE || wide(p.scope(role, Operation.READ_CODED))) {
            out.add(READ_AGGREGATES);
        }
        if (p.scope(role, Operation.RUN_LINKAGE) != Scope.NONE
                || p.scope(role, Operation.RUN_ESTIMATE) != Scope.NONE
                || p.scope(role, Operation.IMPORT) != Scope.NONE) {
            out.add(RUN_JOBS);
        }
        if (p.scope(role, Operation.MANAGE_USERS) != Scope.NONE) out.add(MANAGE_USERS);
        return out;
    }

    private static boolean wide(Scope s) {
        return s == Scope.PERMITTED_SOURCE || s == Scope.ANY;
    }
}
