package org.uncounted.disclosure;

import java.math.BigInteger;
import org.uncounted.disclosure.internal.CounterModeSource;
import org.uncounted.disclosure.internal.SecureSource;

/**
 * Uniform random integers for the exact noise samplers. Implementations draw bytes from a
 * cryptographic generator and turn them into integers by rejection, so every integer below the
 * bound is exactly equally likely; no floating point is involved anywhere.
 */
public interface UniformSource {
    /** Fills {@code out} with uniformly random bytes. */
    void nextBytes(byte[] out);

    /** A uniformly random integer in [0, bound), bound ≥ 1, by rejection sampling. */
    default BigInteger below(BigInteger bound) {
        if (bound.signum() <= 0) {
            throw new IllegalStateException("bound must be ≥ 1: " + bound);
        }
        if (bound.equals(BigInteger.ONE)) {
            return BigInteger.ZERO;
        }
        int bits = bound.subtract(BigInteger.ONE).bitLength();
        byte[] buf = new byte[(bits + 7) / 8];
        int excess = buf.length * 8 - bits;
        while (true) {
            nextBytes(buf);
            buf[0] &= (byte) (0xFF >>> excess);
            BigInteger candidate = new BigInteger(1, buf);
            if (candidate.compareTo(bound) < 0) {
                return candidate;
            }
        }
    }

    /** The production source: {@link java.security.SecureRandom} from the platform (not reproducible). */
    static UniformSource secure() {
        return new SecureSource();
    }

    /**
     * A reproducible cryptographic source: SHA-256 in counter mode keyed by {@code seed} (≥ 16
     * bytes). Same seed, same noise: this is what makes a DP release re-runnable bit for bit, and
     * why such a seed must be kept as secret as the data — anyone holding it can subtract the noise.
     */
    static UniformSource deterministic(byte[] seed) {
        return new CounterModeSource(seed);
    }
}
