package org.uncounted.simulate.internal;

import java.util.List;
import java.util.SplittableRandom;

/** A finite distribution over labels, sampled by inverse CDF from a seeded generator. */
public final class Categorical {
    private final String[] labels;
    private final double[] probs;
    private final double[] cdf;

    public Categorical(List<String> labels, double[] weights) {
        if (labels.size() != weights.length || weights.length == 0) {
            throw new IllegalArgumentException("labels and weights differ in length or are empty");
        }
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) throw new IllegalArgumentException("negative weight " + w);
            sum += w;
        }
        if (!(sum > 0)) throw new IllegalArgumentException("weights sum to zero");
        this.labels = labels.toArray(String[]::new);
        this.probs = new double[weights.length];
        this.cdf = new double[weights.length];
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            probs[i] = weights[i] / sum;
            acc += probs[i];
            cdf[i] = acc;
        }
        cdf[cdf.length - 1] = 1.0;
    }

    /** Index of a draw. */
    public int sample(SplittableRandom rng) {
        double u = rng.nextDouble();
        for (int i = 0; i < cdf.length; i++) {
            if (u < cdf[i]) return i;
        }
        return cdf.length - 1;
    }

    /** Label of a draw. */
    public String sampleLabel(SplittableRandom rng) {
        return labels[sample(rng)];
    }

    public int size() {
        return labels.length;
    }

    public String label(int i) {
        return labels[i];
    }

    public double prob(int i) {
        return probs[i];
    }

    /** Probability of {@code label}, 0 when absent. */
    public double prob(String label) {
        int i = indexOf(label);
        return i < 0 ? 0 : probs[i];
    }

    public int indexOf(String label) {
        for (int i = 0; i < labels.length; i++) if (labels[i].equals(label)) return i;
        return -1;
    }
}
