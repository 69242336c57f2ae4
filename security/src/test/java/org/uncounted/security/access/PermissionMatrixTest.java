package org.uncounted.security.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * G17: every operation × every role × every kind of resource against a table written out here
 * independently of the policy's own. Columns: system, permitted source, other source, own case
 * (permitted source), someone else's case (permitted source), case in another source.
 */
class PermissionMatrixTest {
    static final String[] RESOURCES = {"system", "src", "other-src", "own-case", "others-case", "case-other-src"};

    static Resource resource(int i) {
        return switch (i) {
            case 0 -> Resource.system();
            case 1 -> Resource.source("s1");
            case 2 -> Resource.source("s2");
            case 3 -> Resource.ofCase("s1", "c1", "me");
            case 4 -> Resource.ofCase("s1", "c2", "someone");
            default -> Resource.ofCase("s2", "c3", "me");
        };
    }

    // 1 = allow, 0 = deny; columns as RESOURCES
    static final Map<Role, Map<Operation, String>> EXPECTED = new LinkedHashMap<>();

    static void row(Role role, Operation op, String bits) {
        EXPECTED.computeIfAbsent(role, x -> new LinkedHashMap<>()).put(op, bits);
    }

    static {
        for (Operation op : Operation.values()) {
            for (Role role : Role.values()) {
                row(role, op, "000000");
            }
        }
        // admin: users, keys, backups, audit, publication, purge; coded data of permitted sources
        row(Role.ADMIN, Operation.READ_CODED, "010110");
        row(Role.ADMIN, Operation.READ_PUBLISHED, "111111");
        row(Role.ADMIN, Operation.PURGE_CASE, "111111");
        row(Role.ADMIN, Operation.PUBLISH, "111111");
        row(Role.ADMIN, Operation.MANAGE_USERS, "111111");
        row(Role.ADMIN, Operation.MANAGE_KEYS, "111111");
        row(Role.ADMIN, Operation.MANAGE_BACKUPS, "111111");
        row(Role.ADMIN, Operation.VIEW_AUDIT, "111111");
        // researcher: everything about cases of permitted sources
        for (Operation op : EnumSet.of(
                Operation.READ_IDENTIFYING,
                Operation.READ_CODED,
                Operation.CREATE_CASE,
                Operation.EDIT_CASE,
                Operation.PURGE_CASE,
                Operation.IMPORT,
                Operation.EXPORT_IDENTIFYING,
                Operation.EXPORT_CODED,
                Operation.RUN_LINKAGE,
                Operation.DECIDE_LINK,
                Operation.MANAGE_CONSENT)) {
            row(Role.RESEARCHER, op, "010110");
        }
        row(Role.RESEARCHER, Operation.READ_PUBLISHED, "111111");
        row(Role.RESEARCHER, Operation.RUN_ESTIMATE, "111111");
        row(Role.RESEARCHER, Operation.PUBLISH, "111111");
        // interviewer: own cases only; creates in permitted sources
        row(Role.INTERVIEWER, Operation.READ_IDENTIFYING, "000100");
        row(Role.INTERVIEWER, Operation.READ_CODED, "000100");
        row(Role.INTERVIEWER, Operation.EDIT_CASE, "000100");
        row(Role.INTERVIEWER, Operation.MANAGE_CONSENT, "000100");
        row(Role.INTERVIEWER, Operation.CREATE_CASE, "010000");
        row(Role.INTERVIEWER, Operation.READ_PUBLISHED, "111111");
        // analyst: coded data of permitted sources, estimates
        row(Role.ANALYST, Operation.READ_CODED, "010110");
        row(Role.ANALYST, Operation.EXPORT_CODED, "010110");
        row(Role.ANALYST, Operation.RUN_ESTIMATE, "111111");
        row(Role.ANALYST, Operation.READ_PUBLISHED, "111111");
        // viewer: published results only
        row(Role.VIEWER, Operation.READ_PUBLISHED, "111111");
    }

    @Test
    void everyRoleOperationResource_matchesTheTable() {
        int checked = 0;
        for (Role role : Role.values()) {
            User user = User.of("me", role, "s1");
            for (Operation op : Operation.values()) {
                String bits = EXPECTED.get(role).get(op);
                for (int i = 0; i < RESOURCES.length; i++) {
                    boolean expected = bits.charAt(i) == '1';
                    Resource res = resource(i);
                    assertThat(AccessPolicy.DEFAULT.allows(user, op, res))
                            .as("%s %s on %s", role, op, RESOURCES[i])
                            .isEqualTo(expected);
                    if (!expected) {
                        assertThatThrownBy(() -> AccessPolicy.DEFAULT.check(user, op, res))
                                .isInstanceOf(AccessDeniedException.class)
                                .isInstanceOf(SecurityException.class);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(Role.values().length * Operation.values().length * RESOURCES.length);
    }

    @Test
    void allSourcesUser_mayActSystemWideWhereSourceScoped() {
        User u = new User("me", Set.of(Role.ANALYST), Set.of(), true);
        assertThat(AccessPolicy.DEFAULT.allows(u, Operation.READ_CODED, Resource.system()))
                .isTrue();
        assertThat(AccessPolicy.DEFAULT.allows(u, Operation.READ_CODED, Resource.source("any")))
                .isTrue();
        assertThat(AccessPolicy.DEFAULT.allows(u, Operation.READ_IDENTIFYING, Resource.source("any")))
                .isFalse();
    }

    @Test
    void multipleRoles_getTheUnion() {
        User u = new User("me", Set.of(Role.ADMIN, Role.RESEARCHER), Set.of("s1"), false);
        assertThat(AccessPolicy.DEFAULT.allows(u, Operation.MANAGE_KEYS, Resource.system()))
                .isTrue();
        assertThat(AccessPolicy.DEFAULT.allows(u, Operation.READ_IDENTIFYING, Resource.ofCase("s1", "c", "x")))
                .isTrue();
        assertThat(u.requiresSecondFactor()).isTrue();
    }

    @Test
    void analystsViewersAdmins_neverReceiveIdentifyingFields() {
        long seed = 17L;
        System.out.println("PermissionMatrixTest seed " + seed);
        SplittableRandom r = new SplittableRandom(seed);
        Role[] nonIdentifying = {Role.ANALYST, Role.VIEWER, Role.ADMIN};
        for (int i = 0; i < 10_000; i++) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            roles.add(nonIdentifying[r.nextInt(3)]);
            if (r.nextBoolean()) {
                roles.add(nonIdentifying[r.nextInt(3)]);
            }
            String src = "s" + r.nextInt(3);
            User u = new User("u" + r.nextInt(5), roles, Set.of(src), r.nextBoolean());
            Resource res = r.nextBoolean()
                    ? Resource.ofCase("s" + r.nextInt(3), "c" + r.nextInt(9), "u" + r.nextInt(5))
                    : Resource.source("s" + r.nextInt(3));
            assertThat(AccessPolicy.DEFAULT.mayReceive(u, FieldClass.IDENTIFYING, res))
                    .isFalse();
            assertThat(AccessPolicy.DEFAULT.allows(u, Operation.EXPORT_IDENTIFYING, res))
                    .isFalse();
            assertThat(u.requiresSecondFactor()).isFalse();
        }
    }

    @Test
    void secondFactor_requiredExactlyForRolesReadingIdentifyingData() {
        for (Role role : Role.values()) {
            boolean canRead = false;
            for (int i = 0; i < RESOURCES.length; i++) {
                canRead |=
                        AccessPolicy.DEFAULT.allows(User.of("me", role, "s1"), Operation.READ_IDENTIFYING, resource(i));
            }
            assertThat(role.readsIdentifying()).as(role.name()).isEqualTo(canRead);
        }
    }
}
