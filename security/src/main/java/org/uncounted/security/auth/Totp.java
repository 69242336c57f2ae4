package org.uncounted.security.auth;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.uncounted.security.internal.Bytes;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): 30-second steps from the Unix
 * epoch, HMAC-SHA1 by default (what authenticator apps implement), 6 digits.
 */
public final class Totp {
    /** HMAC algorithm of the TOTP. */
    public enum Algorithm {
        SHA1("HmacSHA1"),
        SHA256("HmacSHA256"),
        SHA512("HmacSHA512");

        final String jca;

        Algorithm(String jca) {
            this.jca = jca;
        }
    }

    /** Standard authenticator-app settings: SHA-1, 6 digits, 30 s. */
    public static final Totp DEFAULT = new Totp(Algorithm.SHA1, 6, 30);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Algorithm algorithm;
    private final int digits;
    private final long stepSeconds;

    public Totp(Algorithm algorithm, int digits, long stepSeconds) {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("TOTP digits must be 6..8, was " + digits);
        }
        if (stepSeconds < 1) {
            throw new IllegalArgumentException("TOTP step must be >= 1 s, was " + stepSeconds);
        }
        this.algorithm = algorithm;
        this.digits = digits;
        this.stepSeconds = stepSeconds;
    }

    /** A new random 20-byte shared secret (160 bits, RFC 4226 §4 recommendation). */
    public static byte[] newSecret() {
        byte[] s = new byte[20];
        RANDOM.nextBytes(s);
        return s;
    }

    /** The time step containing {@code time}. */
    public long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), stepSeconds);
    }

    /** The code for {@code time}, zero-padded to {@link #digits} digits. */
    public String code(byte[] secret, Instant time) {
        return codeAtStep(secret, step(time));
    }

    /** The code for a given step (RFC 4226 dynamic truncation). */
    public String codeAtStep(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance(algorithm.jca);
            mac.init(new SecretKeySpec(secret, algorithm.jca));
            byte[] h = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
            int off = h[h.length - 1] & 0x0f;
            int bin = ((h[off] & 0x7f) << 24)
                    | ((h[off + 1] & 0xff) << 16)
                    | ((h[off + 2] & 0xff) << 8)
                    | (h[off + 3] & 0xff);
            int mod = (int) Math.pow(10, digits);
            String s = Integer.toString(bin % mod);
            return "0".repeat(digits - s.length()) + s;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm.jca + " unavailable", e);
        }
    }

    /**
     * Checks {@code code} against the steps {@code now ± window}, skipping steps at or before
     * {@code lastAcceptedStep} (a code is accepted once: replay protection).
     *
     * @return the matching step (store it as the new last accepted step), or empty
     */
    public OptionalLong verify(byte[] secret, String code, Instant now, int window, long lastAcceptedStep) {
        if (code == null || code.length() != digits) {
            return OptionalLong.empty();
        }
        long current = step(now);
        byte[] given = code.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long match = Long.MIN_VALUE;
        for (long s = current - window; s <= current + window; s++) {
            byte[] expected = codeAtStep(secret, s).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            if (Bytes.constantTimeEquals(expected, given) && s > lastAcceptedStep && match == Long.MIN_VALUE) {
                match = s;
            }
        }
        return match == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(match);
    }

    /** An {@code otpauth://} URI for enrolling an authenticator app (render as a QR code, never log it). */
    public String enrolmentUri(byte[] secret, String issuer, String accountId) {
        return "otpauth://totp/" + issuer + ":" + accountId + "?secret=" + Base32.encode(secret) + "&issuer=" + issuer
                + "&algorithm=" + algorithm.name() + "&digits=" + digits + "&period=" + stepSeconds;
    }

    public int digits() {
        return digits;
    }
}
