package org.uncounted.formats.internal;

import java.io.IOException;
import java.io.PushbackInputStream;

/** Sniffs the first bytes of a file for encodings other than UTF-8 and for emptiness. */
public final class Encoding {
    private Encoding() {}

    /** A problem with the file as a whole, or null if it may be UTF-8 text. */
    public static String problem(PushbackInputStream in) throws IOException {
        byte[] head = new byte[4];
        int n = in.readNBytes(head, 0, 4);
        if (n > 0) {
            in.unread(head, 0, n);
        }
        if (n == 0) {
            return "the file is empty";
        }
        int b0 = head[0] & 0xff;
        int b1 = n > 1 ? head[1] & 0xff : -1;
        if (n >= 4 && b0 == 0 && b1 == 0 && (head[2] & 0xff) == 0xfe && (head[3] & 0xff) == 0xff) {
            return "the file is UTF-32 (byte-order mark 00 00 FE FF); it must be UTF-8";
        }
        if (n >= 4 && b0 == 0xff && b1 == 0xfe && head[2] == 0 && head[3] == 0) {
            return "the file is UTF-32 (byte-order mark FF FE 00 00); it must be UTF-8";
        }
        if ((b0 == 0xfe && b1 == 0xff) || (b0 == 0xff && b1 == 0xfe)) {
            return "the file is UTF-16 (byte-order mark " + hex(b0) + " " + hex(b1) + "); it must be UTF-8";
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                return "the file contains NUL bytes at its start (UTF-16 or UTF-32 without a byte-order mark?); it must be UTF-8";
            }
        }
        return null;
    }

    private static String hex(int b) {
        return String.format("%02X", b);
    }
}
