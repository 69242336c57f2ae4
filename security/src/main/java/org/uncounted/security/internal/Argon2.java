package org.uncounted.security.internal;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id (RFC 9106) via BouncyCastle's {@link Argon2BytesGenerator}. */
public final class Argon2 {
    private Argon2() {}

    /** Argon2id, version 0x13, over {@code password} with the given cost; the caller zeroes inputs. */
    public static byte[] argon2id(
            byte[] password, byte[] salt, int memoryKiB, int iterations, int parallelism, int outLen) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        byte[] out = new byte[outLen];
        gen.generateBytes(password, out);
        return out;
    }
}
