package org.uncounted.security.audit;

import java.util.Arrays;
import org.uncounted.security.internal.Bytes;

/**
 * The head of the log at some moment: its size and last entry hash. Hand it to witnesses
 * (partner organisation, lawyer, printed digest): a later log that does not extend it, or has
 * been truncated below it, fails {@link AuditVerifier#verify}.
 *
 * @param size number of entries (the last seq)
 * @param headHash the last entry's hash (32 zero bytes for an empty log)
 */
public record AuditCheckpoint(long size, byte[] headHash) {
    public AuditCheckpoint {
        if (size < 0) {
            throw new IllegalArgumentException("checkpoint size must be >= 0, was " + size);
        }
        if (headHash == null || headHash.length != 32) {
            throw new IllegalArgumentException("checkpoint head hash must be 32 bytes");
        }
        headHash = headHash.clone();
    }

    @Override
    public byte[] headHash() {
        return headHash.clone();
    }

    /** {@code size:hexhash}, the form to print or send to a witness. */
    public String text() {
        return size + ":" + Bytes.hex(headHash);
    }

    /** Parses {@link #text()}. */
    public static AuditCheckpoint parse(String text) {
        int c = text.indexOf(':');
        if (c < 1) {
            throw new IllegalArgumentException("checkpoint must be size:hexhash");
        }
        return new AuditCheckpoint(Long.parseLong(text.substring(0, c)), Bytes.unhex(text.substring(c + 1)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditCheckpoint c && c.size == size && Arrays.equals(c.headHash, headHash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(size) * 31 + Arrays.hashCode(headHash);
    }

    @Override
    public String toString() {
        return "AuditCheckpoint[" + text() + "]";
    }
}
