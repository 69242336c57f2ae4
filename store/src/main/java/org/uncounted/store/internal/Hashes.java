package org.uncounted.store.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of ciphertexts (audit entries and backups refer to data by these hashes). */
public final class Hashes {
    private Hashes() {}

    public static byte[] sha256(byte[] data) {
        return digest().digest(data);
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
