package org.uncounted.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class ExactNoiseTest {
    private static final int N = 200_000;

    private static UniformSource seeded(String seed) {
        System.out.println("seed: " + seed);
        return UniformSource.deterministic(("uncounted-test-seed:" + seed).getBytes(StandardCharsets.UTF_8));
    }

    /** P(z) = (1 − e^{−ε}) / (1 + e^{−ε}) · e^{−ε|z|}. */
    private static double laplacePmf(double eps, long z) {
        double q = Math.exp(-eps);
        return (1 - q) / (1 + q) * Math.pow(q, Math.abs(z));
    }

    private static double gaussianPmf(double sigma2, long z) {
        double norm = 0;
        for (long y = -200; y <= 200; y++) {
            norm += Math.exp(-y * (double) y / (2 * sigma2));
        }
        return Math.exp(-z * (double) z / (2 * sigma2)) / norm;
    }

    /** Bins −K..K plus two tails; returns the χ² p-value. */
    private static double goodnessOfFit(LongSupplier sampler, java.util.function.LongToDoubleFunction pmf, int k) {
        long[] obs = new long[2 * k + 3];
        for (int i = 0; i < N; i++) {
            long z = sampler.getAsLong();
            int bin = z < -k ? 0 : z > k ? 2 * k + 2 : (int) (z + k + 1);
            obs[bin]++;
        }
        double[] exp = new double[obs.length];
        double inner = 0;
        for (int z = -k; z <= k; z++) {
            exp[z + k + 1] = N * pmf.applyAsDouble(z);
            inner += pmf.applyAsDouble(z);
        }
        exp[0] = exp[2 * k + 2] = N * (1 - inner) / 2;
        double stat = ChiSquare.statistic(obs, exp);
        double p = ChiSquare.pValue(stat, obs.length - 1);
        System.out.printf("chi2=%.2f df=%d p=%.4f%n", stat, obs.length - 1, p);
        return p;
    }

    @Test
    void chiSquare_p_ofKnownBadFit_isTiny_andOfExactFit_isOne() {
        assertThat(ChiSquare.pValue(3.84, 1)).isCloseTo(0.05, within(1e-3));
        assertThat(ChiSquare.pValue(18.307, 10)).isCloseTo(0.05, within(1e-3));
    }

    @Test
    void discreteLaplace_epsilonOne_fitsExactPmf() {
        UniformSource u = seeded("laplace-eps-1-seed");
        double p = goodnessOfFit(() -> ExactNoise.discreteLaplace(BigDecimal.ONE, u), z -> laplacePmf(1.0, z), 6);
        assertThat(p).isGreaterThan(0.001);
    }

    @Test
    void discreteLaplace_epsilonHalf_fitsExactPmf() {
        UniformSource u = seeded("laplace-eps-0.5-seed");
        double p =
                goodnessOfFit(() -> ExactNoise.discreteLaplace(new BigDecimal("0.5"), u), z -> laplacePmf(0.5, z), 10);
        assertThat(p).isGreaterThan(0.001);
    }

    @Test
    void discreteGaussian_sigmaSquaredTwo_fitsExactPmf() {
        UniformSource u = seeded("gaussian-2-seed");
        double p = goodnessOfFit(
                () -> ExactNoise.discreteGaussian(BigInteger.TWO, BigInteger.ONE, u), z -> gaussianPmf(2.0, z), 5);
        assertThat(p).isGreaterThan(0.001);
    }

    @Test
    void discreteGaussian_rationalSigmaSquared_fitsExactPmf() {
        UniformSource u = seeded("gaussian-5/2-seed");
        // σ² = 5/2, as for ρ = 0.2
        double p = goodnessOfFit(
                () -> ExactNoise.discreteGaussian(BigInteger.valueOf(5), BigInteger.TWO, u),
                z -> gaussianPmf(2.5, z),
                6);
        assertThat(p).isGreaterThan(0.001);
    }

    @Test
    void goodnessOfFit_wrongDistribution_isRejected() {
        UniformSource u = seeded("laplace-vs-wrong-pmf");
        // samples at ε = 1 tested against the ε = 0.8 pmf: the test must be able to fail
        double p = goodnessOfFit(() -> ExactNoise.discreteLaplace(BigDecimal.ONE, u), z -> laplacePmf(0.8, z), 6);
        assertThat(p).isLessThan(1e-6);
    }

    @Test
    void bernoulliExp_matchesExactProbability() {
        UniformSource u = seeded("bernoulli-exp");
        int[][] gammas = {{0, 1}, {1, 3}, {1, 1}, {5, 2}};
        for (int[] g : gammas) {
            int hits = 0;
            for (int i = 0; i < N; i++) {
                if (ExactNoise.bernoulliExp(BigInteger.valueOf(g[0]), BigInteger.valueOf(g[1]), u)) {
                    hits++;
                }
            }
            double expected = Math.exp(-(double) g[0] / g[1]);
            double se = Math.sqrt(expected * (1 - expected) / N);
            assertThat((double) hits / N).isCloseTo(expected, within(5 * se + 1e-9));
        }
    }

    @Test
    void discreteLaplace_zeroProbability_matchesClosedForm() {
        UniformSource u = seeded("laplace-p0");
        int zeros = 0;
        for (int i = 0; i < N; i++) {
            if (ExactNoise.discreteLaplace(BigDecimal.ONE, u) == 0) {
                zeros++;
            }
        }
        double p0 = Math.tanh(0.5); // (1 − e^{−1})/(1 + e^{−1})
        assertThat((double) zeros / N).isCloseTo(p0, within(5 * Math.sqrt(p0 * (1 - p0) / N)));
    }

    @Test
    void deterministicSource_sameSeed_sameNoise() {
        UniformSource a = UniformSource.deterministic("same-seed-0123456".getBytes(StandardCharsets.UTF_8));
        UniformSource b = UniformSource.deterministic("same-seed-0123456".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 1000; i++) {
            assertThat(ExactNoise.discreteLaplace(BigDecimal.ONE, a))
                    .isEqualTo(ExactNoise.discreteLaplace(BigDecimal.ONE, b));
        }
    }

    @Test
    void uniformBelow_nonPowerOfTwo_isUniform() {
        UniformSource u = seeded("uniform-below-7");
        long[] obs = new long[7];
        for (int i = 0; i < 70_000; i++) {
            obs[u.below(BigInteger.valueOf(7)).intValue()]++;
        }
        double[] exp = new double[7];
        java.util.Arrays.fill(exp, 10_000);
        assertThat(ChiSquare.pValue(ChiSquare.statistic(obs, exp), 6)).isGreaterThan(0.001);
    }
}
