package org.uncounted.app.web.auth;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), for the in-memory user
 * directory until the security module's TOTP is wired in. Accepts the previous, current and next step.
 */
public final class Totp {
    private Totp() {}

    /** The code for the step containing {@code at}. */
    public static String code(byte[] secret, Instant at) {
        return codeForStep(secret, at.getEpochSecond() / 30);
    }

    /** The matching step in [-1, +1] around {@code at}, or -1 when none matches. */
    public static long matchingStep(byte[] secret, String code, Instant at) {
        if (code == null || !code.matches("\\d{6}")) {
            return -1;
        }
        long step = at.getEpochSecond() / 30;
        for (long s = step - 1; s <= step + 1; s++) {
            if (java.security.MessageDigest.isEqual(
                    codeForStep(secret, s).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    code.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                return s;
            }
        }
        return -1;
    }

    static String codeForStep(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int o = h[h.length - 1] & 0x0f;
            int bin = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
            return String.format("%06d", bin % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }
}
