package org.uncounted.disclosure.internal;

import java.security.SecureRandom;
import org.uncounted.disclosure.UniformSource;

/** {@link UniformSource} over the platform's strong {@link SecureRandom}. */
public final class SecureSource implements UniformSource {
    private final SecureRandom random;

    public SecureSource() {
        SecureRandom r;
        try {
            r = SecureRandom.getInstanceStrong();
        } catch (java.security.NoSuchAlgorithmException e) {
            r = new SecureRandom();
        }
        this.random = r;
    }

    @Override
    public synchronized void nextBytes(byte[] out) {
        random.nextBytes(out);
    }
}
