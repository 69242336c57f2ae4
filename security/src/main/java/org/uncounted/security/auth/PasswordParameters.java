package org.uncounted.security.auth;

/**
 * Argon2id cost for password hashes.
 *
 * @param memoryKiB memory in KiB
 * @param iterations passes
 * @param parallelism lanes
 */
public record PasswordParameters(int memoryKiB, int iterations, int parallelism) {
    /** OWASP Password Storage Cheat Sheet minimum for Argon2id: 19 MiB, t=2, p=1. */
    public static final int OWASP_MIN_MEMORY_KIB = 19456;

    public static final int OWASP_MIN_ITERATIONS = 2;

    /** Upper bounds, so a tampered stored hash cannot make a login allocate unbounded memory. */
    public static final int MAX_MEMORY_KIB = 1 << 20;

    public static final int MAX_ITERATIONS = 64;

    /** Production default: 46 MiB, t=2, p=1 (above the OWASP minimum; about 0.1–0.2 s per login). */
    public static final PasswordParameters DEFAULT = new PasswordParameters(47104, 2, 1);

    public PasswordParameters {
        if (memoryKiB < 8 * parallelism
                || memoryKiB > MAX_MEMORY_KIB
                || iterations < 1
                || iterations > MAX_ITERATIONS
                || parallelism < 1
                || parallelism > 4) {
            throw new IllegalArgumentException(
                    "invalid Argon2id cost m=" + memoryKiB + ", t=" + iterations + ", p=" + parallelism);
        }
    }

    /** Cheap parameters for unit tests only (256 KiB, t=1). */
    public static PasswordParameters forTestsOnly() {
        return new PasswordParameters(256, 1, 1);
    }

    /** True if at least the OWASP minimum. */
    public boolean meetsOwaspMinimum() {
        return memoryKiB >= OWASP_MIN_MEMORY_KIB && iterations >= OWASP_MIN_ITERATIONS && parallelism >= 1;
    }
}
