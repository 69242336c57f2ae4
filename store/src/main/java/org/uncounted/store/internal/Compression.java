package org.uncounted.store.internal;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Documents are deflated before they are sealed: JSON shrinks three- to fivefold, so there is
 * less to encrypt twice (AEAD, then H2's file cipher) and to write. The first byte names the
 * encoding so that the format can change without rewriting old rows.
 */
public final class Compression {
    static final byte DEFLATE = 1;

    private Compression() {}

    public static byte[] compress(byte[] plain) {
        Deflater d = new Deflater(Deflater.BEST_SPEED, true);
        try {
            d.setInput(plain);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 16);
            out.write(DEFLATE);
            byte[] buf = new byte[8192];
            while (!d.finished()) out.write(buf, 0, d.deflate(buf));
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    public static byte[] decompress(byte[] stored) {
        if (stored.length == 0 || stored[0] != DEFLATE) {
            throw new IllegalStateException(
                    "stored document has unknown encoding " + (stored.length == 0 ? "(empty)" : stored[0]));
        }
        Inflater inf = new Inflater(true);
        try {
            inf.setInput(stored, 1, stored.length - 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 4);
            byte[] buf = new byte[8192];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    throw new IllegalStateException("stored document is truncated");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException("stored document does not inflate", e);
        } finally {
            inf.end();
        }
    }
}
