package org.uncounted.figures;

import java.util.Arrays;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.uncounted.figures.internal.Quantiles;

/**
 * Uncertainty about one revenue-model parameter, given by its quantile function so that Monte
 * Carlo draws (u uniform) and tornado limits (u = 0.05, 0.95) use the same definition.
 */
public sealed interface Distribution {
    /** The u-quantile, 0 ≤ u ≤ 1. */
    double quantile(double u);

    default double median() {
        return quantile(0.5);
    }

    /** Whether every quantile is the same number. */
    default boolean isFixed() {
        return false;
    }

    /** A known value. */
    record Fixed(double value) implements Distribution {
        @Override
        public double quantile(double u) {
            return value;
        }

        @Override
        public boolean isFixed() {
            return true;
        }
    }

    /** Uniform on [low, high]. */
    record Uniform(double low, double high) implements Distribution {
        public Uniform {
            if (!(low <= high)) {
                throw new InvalidFigureInputException("uniform needs low ≤ high: " + low + ", " + high);
            }
        }

        @Override
        public double quantile(double u) {
            return low + u * (high - low);
        }
    }

    /** Triangular on [low, high] with the given mode. */
    record Triangular(double low, double mode, double high) implements Distribution {
        public Triangular {
            if (!(low <= mode && mode <= high && low < high)) {
                throw new InvalidFigureInputException(
                        "triangular needs low ≤ mode ≤ high, low < high: " + low + ", " + mode + ", " + high);
            }
        }

        @Override
        public double quantile(double u) {
            double f = (mode - low) / (high - low);
            return u < f
                    ? low + Math.sqrt(u * (high - low) * (mode - low))
                    : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
        }
    }

    /** Lognormal with the given median and σ of log (90 % of mass within median·e^{±1.645σ}). */
    record LogNormal(double median, double sigma) implements Distribution {
        private static final NormalDistribution N01 = new NormalDistribution(0, 1);

        public LogNormal {
            if (!(median > 0) || !(sigma > 0)) {
                throw new InvalidFigureInputException("lognormal needs median > 0, σ > 0: " + median + ", " + sigma);
            }
        }

        @Override
        public double quantile(double u) {
            if (u <= 0) {
                return 0;
            }
            if (u >= 1) {
                return Double.POSITIVE_INFINITY;
            }
            return median * Math.exp(sigma * N01.inverseCumulativeProbability(u));
        }
    }

    /**
     * The empirical distribution of given draws (type-7 quantiles), e.g. the bootstrap or posterior
     * draws of a population estimate, so the revenue model inherits that estimate's uncertainty.
     */
    record Empirical(double[] draws) implements Distribution {
        public Empirical {
            if (draws.length == 0) {
                throw new InvalidFigureInputException("empirical distribution needs ≥ 1 draw");
            }
            draws = draws.clone();
            Arrays.sort(draws);
        }

        @Override
        public double quantile(double u) {
            return Quantiles.type7(draws, u);
        }

        @Override
        public double[] draws() {
            return draws.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Empirical e && Arrays.equals(draws, e.draws);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(draws);
        }

        @Override
        public String toString() {
            return "Empirical[" + draws.length + " draws, median " + median() + "]";
        }
    }
}
