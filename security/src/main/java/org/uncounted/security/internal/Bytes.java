package org.uncounted.security.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** Small byte helpers: zeroing, constant-time comparison, length-prefixed encoding, SHA-256. */
public final class Bytes {
    private static final HexFormat HEX = HexFormat.of();

    private Bytes() {}

    /** Overwrites the array with zeros; null-safe. The JVM may still hold copies (see docs/security.md). */
    public static void zero(byte[] b) {
        if (b != null) {
            Arrays.fill(b, (byte) 0);
        }
    }

    /** Overwrites the array with NULs; null-safe. */
    public static void zero(char[] c) {
        if (c != null) {
            Arrays.fill(c, '\0');
        }
    }

    /** Constant-time equality (length is not secret). */
    public static boolean constantTimeEquals(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    /** UTF-8 encodes a char array without creating a String; the caller zeroes the result. */
    public static byte[] utf8(char[] chars) {
        ByteBuffer buf = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] out = new byte[buf.remaining()];
        buf.get(out);
        if (buf.hasArray()) {
            Arrays.fill(buf.array(), (byte) 0);
        }
        return out;
    }

    public static byte[] sha256(byte[] data) {
        return sha256Digest().digest(data);
    }

    public static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    public static String hex(byte[] b) {
        return HEX.formatHex(b);
    }

    public static byte[] unhex(String s) {
        return HEX.parseHex(s);
    }

    /**
     * Unambiguous encoding of a label and parts: label, then for each part a 4-byte big-endian
     * length followed by its UTF-8 bytes. Two different part lists never encode alike.
     */
    public static byte[] lengthPrefixed(String label, String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writePart(out, label.getBytes(StandardCharsets.UTF_8));
        for (String p : parts) {
            writePart(out, p.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static void writePart(ByteArrayOutputStream out, byte[] b) {
        out.write(b.length >>> 24);
        out.write(b.length >>> 16);
        out.write(b.length >>> 8);
        out.write(b.length);
        out.write(b, 0, b.length);
    }
}
