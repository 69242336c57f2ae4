package org.uncounted.figures;

/**
 * How a bootstrap runs. Same settings and data, same interval, whatever the number of threads:
 * each replicate draws from its own generator, seeded from {@code seed} in replicate order.
 *
 * @param replicates resamples (≥ 200; 2000 or more for BCa and 95 % limits, Efron &amp; Tibshirani 1993 §19.3)
 * @param method percentile or BCa (bias-corrected and accelerated, Efron 1987)
 */
public record BootstrapSettings(int replicates, long seed, double level, Method method) {
    public enum Method {
        PERCENTILE,
        BCA
    }

    public BootstrapSettings {
        if (replicates < 200 || replicates > 1_000_000) {
            throw new InvalidFigureInputException("bootstrap replicates must be in 200..1000000: " + replicates);
        }
        if (!(level > 0 && level < 1)) {
            throw new InvalidFigureInputException("confidence level must be in (0, 1): " + level);
        }
    }

    /** 2000 BCa replicates at 95 %, with the given seed. */
    public static BootstrapSettings bca(long seed) {
        return new BootstrapSettings(2000, seed, 0.95, Method.BCA);
    }

    public static BootstrapSettings percentile(long seed) {
        return new BootstrapSettings(2000, seed, 0.95, Method.PERCENTILE);
    }
}
