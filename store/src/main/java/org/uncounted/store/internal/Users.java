package org.uncounted.store.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.uncounted.security.access.Role;
import org.uncounted.security.access.User;
import org.uncounted.security.auth.PasswordHasher;
import org.uncounted.security.auth.PasswordParameters;
import org.uncounted.security.auth.Totp;
import org.uncounted.security.keys.FieldAddress;
import org.uncounted.security.keys.Ids;
import org.uncounted.security.keys.Keyring;
import org.uncounted.store.UserInfo;

/**
 * Accounts in the {@code users} and {@code user_roles} tables: Argon2id password hashes, TOTP
 * secrets sealed under the user table's own data key, persistent lockout after repeated failures.
 */
public final class Users {
    /** Owner id of the data key that seals TOTP secrets (not a case id: those are numeric). */
    static final String KEY_OWNER = "users";

    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final Handle h;
    private final Keyring keyring;
    private final PasswordHasher hasher;

    public Users(Handle h, Keyring keyring, PasswordParameters params) {
        this.h = h;
        this.keyring = keyring;
        this.hasher = new PasswordHasher(params);
    }

    /** Creates an account; returns its TOTP secret when a role needs a second factor, else null. */
    public byte[] add(String username, char[] password, Set<Role> roles, Set<String> sourceIds) {
        Ids.require("username", username);
        if (roles.isEmpty()) throw new IllegalArgumentException("user " + username + " needs at least one role");
        if (password.length < 12) {
            throw new IllegalArgumentException("passwords need at least 12 characters, had " + password.length);
        }
        if (find(username).isPresent()) throw new IllegalArgumentException("user " + username + " already exists");
        User probe = new User(username, roles, sourceIds, sourceIds.isEmpty());
        byte[] secret = probe.requiresSecondFactor() ? Totp.newSecret() : null;
        long id = h.createQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM users")
                .mapTo(Long.class)
                .one();
        byte[] sealed = null;
        if (secret != null) {
            if (!keyring.hasCaseKey(KEY_OWNER)) keyring.createCaseKey(KEY_OWNER);
            sealed = keyring.encrypt(address(username), secret);
        }
        h.createUpdate("INSERT INTO users (id, username, password_hash, totp_secret, totp_last_step, failed_logins,"
                        + " locked_until, disabled, created_at) VALUES (:id, :u, :p, :t, -1, 0, NULL, FALSE, :now)")
                .bind("id", id)
                .bind("u", username)
                .bind("p", hasher.hash(password))
                .bind("t", sealed)
                .bind("now", OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
        for (Role r : roles) {
            if (sourceIds.isEmpty()) grant(id, r, null);
            for (String s : sourceIds) grant(id, r, sourceId(s));
        }
        return secret;
    }

    private static FieldAddress address(String username) {
        return new FieldAddress(KEY_OWNER, "users.totp_secret", username);
    }

    private void grant(long userId, Role role, Long sourceId) {
        h.createUpdate("INSERT INTO user_roles (user_id, role, source_id) VALUES (:u, :r, :s)")
                .bind("u", userId)
                .bind("r", role.name())
                .bind("s", sourceId)
                .execute();
    }

    private long sourceId(String name) {
        return h.createQuery("SELECT id FROM sources WHERE name = :n")
                .bind("n", name)
                .mapTo(Long.class)
                .findOne()
                .orElseThrow(() -> new IllegalArgumentException("no source named " + name + " in this store"));
    }

    public Optional<UserInfo> find(String username) {
        return list().stream().filter(u -> u.username().equals(username)).findFirst();
    }

    public List<UserInfo> list() {
        List<UserInfo> out = new ArrayList<>();
        h.createQuery("SELECT id, username, totp_secret IS NOT NULL AS totp, disabled FROM users ORDER BY username")
                .map((rs, c) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)})
                .list()
                .forEach(row -> {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    Set<String> sources = new HashSet<>();
                    boolean[] all = {false};
                    h.createQuery("SELECT r.role, s.name FROM user_roles r LEFT JOIN sources s ON s.id = r.source_id"
                                    + " WHERE r.user_id = :id")
                            .bind("id", (Long) row[0])
                            .map((rs, c) -> {
                                roles.add(Role.valueOf(rs.getString(1)));
                                if (rs.getString(2) == null) all[0] = true;
                                else sources.add(rs.getString(2));
                                return null;
                            })
                            .list();
                    out.add(new UserInfo(
                            (String) row[1], roles, all[0] ? Set.of() : sources, all[0], (Boolean) row[2], (Boolean)
                                    row[3]));
                });
        return out;
    }

    public boolean setDisabled(String username, boolean disabled) {
        return h.createUpdate("UPDATE users SET disabled = :d WHERE username = :u")
                        .bind("d", disabled)
                        .bind("u", username)
                        .execute()
                == 1;
    }

    /**
     * Checks password and (for roles that read identifying data) the TOTP code; counts failures
     * and locks the account for {@link #LOCKOUT} after {@link #MAX_FAILURES}.
     *
     * @return the authenticated user, or empty (the failure is counted: commit, then refuse)
     */
    public Optional<User> authenticate(String username, char[] password, String totpCode, Instant now) {
        var row = h.createQuery("SELECT password_hash, totp_secret, totp_last_step, failed_logins, locked_until,"
                        + " disabled FROM users WHERE username = :u")
                .bind("u", username)
                .map((rs, c) -> new Object[] {
                    rs.getString(1),
                    rs.getBytes(2),
                    rs.getLong(3),
                    rs.getInt(4),
                    rs.getObject(5, OffsetDateTime.class),
                    rs.getBoolean(6)
                })
                .findOne();
        if (row.isEmpty()) {
            hasher.verify(password, dummyHash()); // same work as for a real account
            return Optional.empty();
        }
        Object[] r = row.get();
        OffsetDateTime locked = (OffsetDateTime) r[4];
        if ((Boolean) r[5] || (locked != null && locked.toInstant().isAfter(now))) return Optional.empty();
        UserInfo info = find(username).orElseThrow();
        User user = new User(username, info.roles(), info.sources(), info.allSources());
        boolean ok = hasher.verify(password, (String) r[0]);
        OptionalLong step = OptionalLong.empty();
        if (ok && user.requiresSecondFactor()) {
            byte[] secret = r[1] == null ? null : keyring.decrypt(address(username), (byte[]) r[1]);
            step = secret == null ? OptionalLong.empty() : Totp.DEFAULT.verify(secret, totpCode, now, 1, (Long) r[2]);
            ok = step.isPresent();
        }
        if (!ok) {
            int failures = (Integer) r[3] + 1;
            h.createUpdate("UPDATE users SET failed_logins = :f, locked_until = :l WHERE username = :u")
                    .bind("f", failures >= MAX_FAILURES ? 0 : failures)
                    .bind(
                            "l",
                            failures >= MAX_FAILURES
                                    ? OffsetDateTime.ofInstant(now.plus(LOCKOUT), ZoneOffset.UTC)
                                    : null)
                    .bind("u", username)
                    .execute();
            return Optional.empty();
        }
        h.createUpdate(
                        "UPDATE users SET failed_logins = 0, locked_until = NULL, totp_last_step = :s WHERE username = :u")
                .bind("s", step.orElse((Long) r[2]))
                .bind("u", username)
                .execute();
        return Optional.of(user);
    }

    private String dummy;

    private String dummyHash() {
        if (dummy == null) dummy = hasher.hash("not-a-real-password".toCharArray());
        return dummy;
    }
}
