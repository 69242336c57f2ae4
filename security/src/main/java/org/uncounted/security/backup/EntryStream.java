package org.uncounted.security.backup;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import org.uncounted.security.internal.Bytes;

/** Reads one chunk-framed entry from the decrypted archive stream, hashing as it goes. */
final class EntryStream extends InputStream {
    private final DataInputStream in;
    final MessageDigest sha = Bytes.sha256Digest();
    long size;
    boolean failedReading;
    private int remaining;
    private boolean done;

    EntryStream(DataInputStream in) {
        this.in = in;
    }

    private boolean fill() throws IOException {
        while (remaining == 0 && !done) {
            int n = in.readInt();
            if (n < 0 || n > 1 << 20) {
                throw new IllegalArgumentException("chunk length " + n + " out of range");
            }
            if (n == 0) {
                done = true;
            }
            remaining = n;
        }
        return remaining > 0;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return readChunk(b, off, len);
        } catch (IOException | RuntimeException e) {
            failedReading = true;
            throw e;
        }
    }

    private int readChunk(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = in.read(b, off, Math.min(len, remaining));
        if (n < 0) {
            throw new java.io.EOFException("entry truncated");
        }
        sha.update(b, off, n);
        size += n;
        remaining -= n;
        return n;
    }

    @Override
    public void close() {
        // the archive stream stays open; BackupArchive drains the rest of the entry
    }
}
