package org.uncounted.app.web.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Set;
import org.uncounted.security.access.Role;
import org.uncounted.store.CaseStore;

/**
 * An account created for a newcomer (the demo, the first start of a store without accounts, a
 * synthetic-data server): a random username and password and the TOTP enrolment, printed once on the
 * console. The roles are administrator and researcher on every source, so the second factor is required.
 */
public record FirstLogin(String username, String password, String enrolmentUri) {
    static final Set<Role> ROLES = Set.of(Role.ADMIN, Role.RESEARCHER);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** Creates the account in {@code store} (as its operator; audited as USER_CREATED). */
    public static FirstLogin create(CaseStore store, String prefix) {
        SecureRandom r = new SecureRandom();
        StringBuilder pw = new StringBuilder();
        for (int i = 0; i < 20; i++) pw.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        String username = prefix + "-" + Integer.toHexString(0x10000 + r.nextInt(0xf0000));
        char[] password = pw.toString().toCharArray();
        String uri = store.asOperator().addUser(username, password, ROLES, Set.of());
        java.util.Arrays.fill(password, '\0');
        return new FirstLogin(username, pw.toString(), uri);
    }

    /** The base32 TOTP secret inside the enrolment URI (what authenticator apps accept typed in). */
    public String secret() {
        return secretOf(enrolmentUri);
    }

    /** The {@code secret} parameter of an {@code otpauth://} URI, or null. */
    public static String secretOf(String otpauthUri) {
        if (otpauthUri == null) return null;
        int q = otpauthUri.indexOf('?');
        if (q < 0) return null;
        for (String kv : otpauthUri.substring(q + 1).split("&")) {
            if (kv.startsWith("secret=")) return URLDecoder.decode(kv.substring(7), StandardCharsets.UTF_8);
        }
        return null;
    }

    @Override
    public String toString() {
        return "FirstLogin[" + username + ", password and secret redacted]";
    }
}
