package org.uncounted.security.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uncounted.security.internal.Argon2;
import org.uncounted.security.internal.Bytes;

/**
 * Argon2id password hashes in the PHC string format
 * ({@code $argon2id$v=19$m=47104,t=2,p=1$<salt>$<hash>}, unpadded base64), 16-byte salt,
 * 32-byte tag; verification in constant time.
 */
public final class PasswordHasher {
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,4}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{16,})\\$([A-Za-z0-9+/]{16,})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordParameters parameters;

    public PasswordHasher(PasswordParameters parameters) {
        this.parameters = parameters;
    }

    /** Hashes a password; the caller zeroes {@code password}. */
    public String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] pw = Bytes.utf8(password);
        try {
            byte[] tag = Argon2.argon2id(
                    pw, salt, parameters.memoryKiB(), parameters.iterations(), parameters.parallelism(), 32);
            Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
            return "$argon2id$v=19$m=" + parameters.memoryKiB() + ",t=" + parameters.iterations() + ",p="
                    + parameters.parallelism() + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(tag);
        } finally {
            Bytes.zero(pw);
        }
    }

    /** True if {@code password} matches the PHC string; malformed strings never match. */
    public boolean verify(char[] password, String phc) {
        Matcher m = PHC.matcher(phc);
        if (!m.matches()) {
            return false;
        }
        PasswordParameters p;
        try {
            p = new PasswordParameters(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (IllegalArgumentException e) {
            return false;
        }
        Base64.Decoder d = Base64.getDecoder();
        byte[] salt = d.decode(m.group(4));
        byte[] expected = d.decode(m.group(5));
        byte[] pw = Bytes.utf8(password);
        try {
            byte[] actual = Argon2.argon2id(pw, salt, p.memoryKiB(), p.iterations(), p.parallelism(), expected.length);
            return Bytes.constantTimeEquals(actual, expected);
        } finally {
            Bytes.zero(pw);
        }
    }

    /**
     * Spends the same time as a real verification and returns false: call it when the account
     * does not exist, so response time does not reveal which accounts exist.
     */
    public boolean verifyUnknownAccount(char[] password) {
        byte[] pw = Bytes.utf8(password);
        try {
            Argon2.argon2id(
                    pw, new byte[16], parameters.memoryKiB(), parameters.iterations(), parameters.parallelism(), 32);
            return false;
        } finally {
            Bytes.zero(pw);
        }
    }

    /** The parameters recorded in a PHC string. */
    public static PasswordParameters parametersOf(String phc) {
        Matcher m = PHC.matcher(phc);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an Argon2id PHC string");
        }
        return new PasswordParameters(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** True if the stored hash used other parameters than this hasher's (re-hash at next login). */
    public boolean needsRehash(String phc) {
        return !parametersOf(phc).equals(parameters);
    }
}
