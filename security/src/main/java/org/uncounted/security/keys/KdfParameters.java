package org.uncounted.security.keys;

import java.util.Objects;

/**
 * Argon2id cost parameters for deriving the master key from a passphrase.
 *
 * <p>{@link #DEFAULT} is the production setting; every constructor path except
 * {@link #forTestsOnly()} and {@link #decoded} (reading a stored header) rejects costs below
 * {@link #MIN_MEMORY_KIB} KiB / {@link #MIN_ITERATIONS} iterations, so a weak setting cannot
 * slip into production by configuration.
 */
public final class KdfParameters {
    /** 64 MiB: the floor for the master-key KDF (research note §2.5). */
    public static final int MIN_MEMORY_KIB = 64 * 1024;

    public static final int MIN_ITERATIONS = 3;

    /** 4 GiB and 64 passes: upper bounds, so an altered header cannot exhaust memory or time. */
    public static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;

    public static final int MAX_ITERATIONS = 64;

    /**
     * Production default: 128 MiB, 3 passes, 1 lane. About one second of unlock on a laptop
     * (measured in docs/benchmarks.md), paid once per session, and memory-hard enough that a
     * GPU farm tries only a few thousand passphrases per second per card.
     */
    public static final KdfParameters DEFAULT = new KdfParameters(128 * 1024, 3, 1, false);

    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;
    private final boolean testOnly;

    private KdfParameters(int memoryKiB, int iterations, int parallelism, boolean testOnly) {
        if (parallelism < 1 || parallelism > 2) {
            throw new IllegalArgumentException("Argon2id parallelism must be 1 or 2, was " + parallelism);
        }
        if (!testOnly && (memoryKiB < MIN_MEMORY_KIB || iterations < MIN_ITERATIONS)) {
            throw new IllegalArgumentException("Argon2id cost m=" + memoryKiB + " KiB, t=" + iterations
                    + " below the production floor m>=" + MIN_MEMORY_KIB + " KiB, t>=" + MIN_ITERATIONS);
        }
        if (memoryKiB < 8 * parallelism
                || iterations < 1
                || memoryKiB > MAX_MEMORY_KIB
                || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("Argon2id cost m=" + memoryKiB + ", t=" + iterations + " invalid");
        }
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.testOnly = testOnly;
    }

    /** Production parameters; rejects anything below the floor. */
    public static KdfParameters of(int memoryKiB, int iterations, int parallelism) {
        return new KdfParameters(memoryKiB, iterations, parallelism, false);
    }

    /** Cheap parameters (256 KiB, t=1) so unit tests run fast. Never use outside tests. */
    public static KdfParameters forTestsOnly() {
        return new KdfParameters(256, 1, 1, true);
    }

    /** Parameters read back from a stored header, as they were written (may be test parameters). */
    public static KdfParameters decoded(int memoryKiB, int iterations, int parallelism) {
        boolean weak = memoryKiB < MIN_MEMORY_KIB || iterations < MIN_ITERATIONS;
        return new KdfParameters(memoryKiB, iterations, parallelism, weak);
    }

    public int memoryKiB() {
        return memoryKiB;
    }

    public int iterations() {
        return iterations;
    }

    public int parallelism() {
        return parallelism;
    }

    /** True for parameters below the production floor. */
    public boolean isTestOnly() {
        return testOnly;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KdfParameters k
                && k.memoryKiB == memoryKiB
                && k.iterations == iterations
                && k.parallelism == parallelism;
    }

    @Override
    public int hashCode() {
        return Objects.hash(memoryKiB, iterations, parallelism);
    }

    @Override
    public String toString() {
        return "argon2id(m=" + memoryKiB + "KiB,t=" + iterations + ",p=" + parallelism
                + (testOnly ? ",TEST-ONLY)" : ")");
    }
}
