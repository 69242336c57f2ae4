package org.uncounted.disclosure.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.uncounted.disclosure.InvalidTableException;
import org.uncounted.disclosure.UniformSource;

/** SHA-256(key ‖ counter) blocks as a deterministic byte stream; key = SHA-256(seed). */
public final class CounterModeSource implements UniformSource {
    private final byte[] key;
    private final MessageDigest sha;
    private long counter;
    private byte[] block = new byte[0];
    private int pos;

    public CounterModeSource(byte[] seed) {
        if (seed.length < 16) {
            throw new InvalidTableException("noise seed must have ≥ 16 bytes, got " + seed.length);
        }
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        this.key = sha.digest(seed);
    }

    @Override
    public synchronized void nextBytes(byte[] out) {
        for (int i = 0; i < out.length; i++) {
            if (pos == block.length) {
                sha.update(key);
                sha.update(ByteBuffer.allocate(8).putLong(counter++).array());
                block = sha.digest();
                pos = 0;
            }
            out[i] = block[pos++];
        }
    }
}
