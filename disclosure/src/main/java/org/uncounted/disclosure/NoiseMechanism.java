package org.uncounted.disclosure;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The differential-privacy noise added to every interior cell of every table of a release, with
 * sensitivity 1 per table (each person in at most one cell of a table). Noise is sampled exactly
 * from integers (Canonne, Kamath &amp; Steinke 2020), never from floating point.
 */
public sealed interface NoiseMechanism {
    /** The ε charged to the dataset's ledger for one table; zero without noise. */
    BigDecimal epsilonPerTable();

    /** The δ of the (ε, δ) guarantee per table; zero for pure ε-DP. */
    BigDecimal deltaPerTable();

    /** One exact noise draw for a count of sensitivity 1. */
    long sample(UniformSource source);

    /** No noise: only thresholds, rounding and suppression. No privacy budget is spent. */
    record None() implements NoiseMechanism {
        @Override
        public long sample(UniformSource source) {
            return 0;
        }

        @Override
        public BigDecimal epsilonPerTable() {
            return BigDecimal.ZERO;
        }

        @Override
        public BigDecimal deltaPerTable() {
            return BigDecimal.ZERO;
        }
    }

    /**
     * Discrete Laplace (two-sided geometric) noise, P(z) ∝ exp(−ε|z|): ε-differential privacy per
     * table for counts. At ε = 1 the noise sd is ≈ 1.36 and |noise| ≤ 3 with probability ≈ 0.97.
     */
    record DiscreteLaplace(BigDecimal epsilon) implements NoiseMechanism {
        @Override
        public long sample(UniformSource source) {
            return ExactNoise.discreteLaplace(epsilon, source);
        }

        public DiscreteLaplace {
            if (epsilon.signum() <= 0 || epsilon.compareTo(BigDecimal.TEN) > 0) {
                throw new InvalidTableException("discrete Laplace ε must be in (0, 10]: " + epsilon);
            }
        }

        @Override
        public BigDecimal epsilonPerTable() {
            return epsilon;
        }

        @Override
        public BigDecimal deltaPerTable() {
            return BigDecimal.ZERO;
        }
    }

    /**
     * Discrete Gaussian noise with σ² = 1/(2ρ): ρ-zero-concentrated DP per table (Bun &amp; Steinke
     * 2016), charged to the ε ledger as (ε, δ)-DP with ε = ρ + 2√(ρ ln(1/δ)) rounded up (CKS 2020,
     * Corollary 13 style conversion).
     */
    record DiscreteGaussian(BigDecimal rho, BigDecimal delta) implements NoiseMechanism {
        @Override
        public long sample(UniformSource source) {
            BigInteger[] s2 = sigmaSquared();
            return ExactNoise.discreteGaussian(s2[0], s2[1], source);
        }

        public DiscreteGaussian {
            if (rho.signum() <= 0 || rho.compareTo(BigDecimal.TEN) > 0) {
                throw new InvalidTableException("discrete Gaussian ρ must be in (0, 10]: " + rho);
            }
            if (delta.signum() <= 0 || delta.compareTo(new BigDecimal("0.01")) > 0) {
                throw new InvalidTableException("δ must be in (0, 0.01]: " + delta);
            }
        }

        /** σ² = 1/(2ρ) as an exact rational {numerator, denominator}. */
        public BigInteger[] sigmaSquared() {
            BigDecimal r = rho.stripTrailingZeros();
            BigInteger num = BigInteger.TEN.pow(Math.max(r.scale(), 0));
            BigInteger den = r.unscaledValue()
                    .multiply(BigInteger.TWO)
                    .multiply(r.scale() < 0 ? BigInteger.TEN.pow(-r.scale()) : BigInteger.ONE);
            return new BigInteger[] {num, den};
        }

        @Override
        public BigDecimal epsilonPerTable() {
            double r = rho.doubleValue();
            double eps = r + 2 * Math.sqrt(r * Math.log(1 / delta.doubleValue()));
            return new BigDecimal(eps, MathContext.DECIMAL64).setScale(6, RoundingMode.CEILING);
        }

        @Override
        public BigDecimal deltaPerTable() {
            return delta;
        }
    }
}
