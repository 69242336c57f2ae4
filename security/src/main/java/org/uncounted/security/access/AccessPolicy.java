package org.uncounted.security.access;

import static org.uncounted.security.access.Operation.*;
import static org.uncounted.security.access.Scope.*;

import java.util.EnumMap;
import java.util.Map;

/**
 * Role-based, per-source access control; deny by default. {@link #DEFAULT} holds the table
 * documented in docs/security.md. A user holding several roles gets the union of their rights.
 *
 * <p>This decides who may do what; the store enforces it at every entry point, and records
 * refusals ({@code ACCESS_DENIED}) and identifying reads in the audit log.
 */
public final class AccessPolicy {
    /** The project's policy (see class Javadoc and docs/security.md). */
    public static final AccessPolicy DEFAULT = new AccessPolicy(defaultTable());

    private final Map<Role, Map<Operation, Scope>> table;

    private AccessPolicy(Map<Role, Map<Operation, Scope>> table) {
        this.table = table;
    }

    private static Map<Role, Map<Operation, Scope>> defaultTable() {
        Map<Role, Map<Operation, Scope>> t = new EnumMap<>(Role.class);
        t.put(
                Role.ADMIN,
                scopes(Map.of(
                        READ_CODED, PERMITTED_SOURCE,
                        READ_PUBLISHED, ANY,
                        PURGE_CASE, ANY,
                        PUBLISH, ANY,
                        MANAGE_USERS, ANY,
                        MANAGE_KEYS, ANY,
                        MANAGE_BACKUPS, ANY,
                        VIEW_AUDIT, ANY)));
        Map<Operation, Scope> researcher = new EnumMap<>(Operation.class);
        for (Operation o : new Operation[] {
            READ_IDENTIFYING,
            READ_CODED,
            CREATE_CASE,
            EDIT_CASE,
            PURGE_CASE,
            IMPORT,
            EXPORT_IDENTIFYING,
            EXPORT_CODED,
            RUN_LINKAGE,
            DECIDE_LINK,
            MANAGE_CONSENT
        }) {
            researcher.put(o, PERMITTED_SOURCE);
        }
        researcher.put(READ_PUBLISHED, ANY);
        researcher.put(RUN_ESTIMATE, ANY);
        researcher.put(PUBLISH, ANY);
        t.put(Role.RESEARCHER, scopes(researcher));
        t.put(
                Role.INTERVIEWER,
                scopes(Map.of(
                        READ_IDENTIFYING, OWN_CASE,
                        READ_CODED, OWN_CASE,
                        READ_PUBLISHED, ANY,
                        CREATE_CASE, OWN_CASE,
                        EDIT_CASE, OWN_CASE,
                        MANAGE_CONSENT, OWN_CASE)));
        t.put(
                Role.ANALYST,
                scopes(Map.of(
                        READ_CODED, PERMITTED_SOURCE,
                        READ_PUBLISHED, ANY,
                        EXPORT_CODED, PERMITTED_SOURCE,
                        RUN_ESTIMATE, ANY)));
        t.put(Role.VIEWER, scopes(Map.of(READ_PUBLISHED, ANY)));
        return t;
    }

    private static Map<Operation, Scope> scopes(Map<Operation, Scope> granted) {
        Map<Operation, Scope> m = new EnumMap<>(Operation.class);
        for (Operation o : Operation.values()) {
            m.put(o, granted.getOrDefault(o, NONE));
        }
        return m;
    }

    /** The scope a role has for an operation. */
    public Scope scope(Role role, Operation operation) {
        return table.get(role).get(operation);
    }

    /** True if {@code user} may perform {@code operation} on {@code resource}. */
    public boolean allows(User user, Operation operation, Resource resource) {
        for (Role role : user.roles()) {
            if (within(scope(role, operation), user, operation, resource)) {
                return true;
            }
        }
        return false;
    }

    /** Throws {@link AccessDeniedException} unless allowed. */
    public void check(User user, Operation operation, Resource resource) {
        if (!allows(user, operation, resource)) {
            throw new AccessDeniedException(user.userId(), operation, resource);
        }
    }

    /** True if {@code user} may receive fields of class {@code fieldClass} of {@code resource}. */
    public boolean mayReceive(User user, FieldClass fieldClass, Resource resource) {
        return allows(user, fieldClass.readOperation(), resource);
    }

    private static boolean within(Scope scope, User user, Operation op, Resource r) {
        switch (scope) {
            case ANY:
                return true;
            case PERMITTED_SOURCE:
                return r.sourceId().map(user::permits).orElse(user.allSources());
            case OWN_CASE:
                if (op == CREATE_CASE) {
                    return r.caseId().isEmpty()
                            && r.sourceId().map(user::permits).orElse(false);
                }
                return r.caseId().isPresent()
                        && r.ownerId().map(user.userId()::equals).orElse(false)
                        && r.sourceId().map(user::permits).orElse(false);
            default:
                return false;
        }
    }
}
