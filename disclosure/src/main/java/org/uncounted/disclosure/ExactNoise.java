package org.uncounted.disclosure;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Exact samplers for integer-valued differential-privacy noise, from Canonne, Kamath &amp; Steinke,
 * "The Discrete Gaussian for Differential Privacy", NeurIPS 2020 (arXiv:2004.00010), Algorithms
 * 1–3. Every step is integer or rational arithmetic on {@link BigInteger}s fed by a
 * {@link UniformSource}; the output distribution is exact, so floating-point attacks on the noise
 * (Mironov 2012) do not apply. Running time is random (a timing side channel, as in the paper).
 */
public final class ExactNoise {
    private ExactNoise() {}

    /** Bernoulli(num/den), 0 ≤ num ≤ den. */
    public static boolean bernoulli(BigInteger num, BigInteger den, UniformSource u) {
        return u.below(den).compareTo(num) < 0;
    }

    /** Bernoulli(exp(−num/den)) for num/den ≥ 0 (CKS Algorithm 1). */
    public static boolean bernoulliExp(BigInteger num, BigInteger den, UniformSource u) {
        if (num.signum() < 0 || den.signum() <= 0) {
            throw new IllegalStateException("γ must be ≥ 0: " + num + "/" + den);
        }
        BigInteger[] qr = num.divideAndRemainder(den);
        for (BigInteger k = BigInteger.ZERO; k.compareTo(qr[0]) < 0; k = k.add(BigInteger.ONE)) {
            if (!bernoulliExpAtMostOne(BigInteger.ONE, BigInteger.ONE, u)) {
                return false;
            }
        }
        return bernoulliExpAtMostOne(qr[1], den, u);
    }

    private static boolean bernoulliExpAtMostOne(BigInteger num, BigInteger den, UniformSource u) {
        BigInteger k = BigInteger.ONE;
        while (bernoulli(num, den.multiply(k), u)) {
            k = k.add(BigInteger.ONE);
        }
        return k.testBit(0);
    }

    /**
     * Discrete Laplace with scale t/s: P(z) ∝ exp(−|z|·s/t), z ∈ ℤ (CKS Algorithm 2). For a count
     * with sensitivity 1 and privacy ε = s/t this is ε-DP.
     */
    public static long discreteLaplace(BigInteger s, BigInteger t, UniformSource u) {
        while (true) {
            BigInteger uu = u.below(t);
            if (!bernoulliExp(uu, t, u)) {
                continue;
            }
            long v = 0;
            while (bernoulliExp(BigInteger.ONE, BigInteger.ONE, u)) {
                v++;
            }
            BigInteger x = uu.add(t.multiply(BigInteger.valueOf(v)));
            long y = x.divide(s).longValueExact();
            boolean negative = bernoulli(BigInteger.ONE, BigInteger.TWO, u);
            if (negative && y == 0) {
                continue;
            }
            return negative ? -y : y;
        }
    }

    /** Discrete Laplace noise for ε-DP on a count (scale 1/ε), ε a finite decimal. */
    public static long discreteLaplace(BigDecimal epsilon, UniformSource u) {
        BigDecimal e = epsilon.stripTrailingZeros();
        BigInteger s = e.scale() >= 0 ? e.unscaledValue() : e.unscaledValue().multiply(BigInteger.TEN.pow(-e.scale()));
        BigInteger t = e.scale() >= 0 ? BigInteger.TEN.pow(e.scale()) : BigInteger.ONE;
        return discreteLaplace(s, t, u);
    }

    /**
     * Discrete Gaussian N_ℤ(0, σ²): P(z) ∝ exp(−z²/(2σ²)), with σ² = num/den (CKS Algorithm 3).
     */
    public static long discreteGaussian(BigInteger num, BigInteger den, UniformSource u) {
        BigInteger t = num.divide(den).sqrt().add(BigInteger.ONE);
        // γ = (|Y| − σ²/t)² / (2σ²) = (|Y|·t·den − num)² / (2·num·t²·den)
        BigInteger gammaDen =
                BigInteger.TWO.multiply(num).multiply(t).multiply(t).multiply(den);
        while (true) {
            long y = discreteLaplace(BigInteger.ONE, t, u);
            BigInteger diff =
                    BigInteger.valueOf(Math.abs(y)).multiply(t).multiply(den).subtract(num);
            if (bernoulliExp(diff.multiply(diff), gammaDen, u)) {
                return y;
            }
        }
    }
}
