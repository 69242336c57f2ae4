package org.uncounted.figures;

/**
 * A confidence interval with the method that produced it.
 *
 * @param level nominal coverage, e.g. 0.95
 * @param method e.g. "Wilson score", "Clopper–Pearson", "clustered bootstrap BCa (2000 replicates)"
 */
public record Interval(double lower, double upper, double level, String method) {
    public Interval {
        if (!(lower <= upper) && !(Double.isNaN(lower) || Double.isNaN(upper))) {
            throw new IllegalStateException("interval lower " + lower + " > upper " + upper + " (" + method + ")");
        }
        if (!(level > 0 && level < 1)) {
            throw new InvalidFigureInputException("confidence level must be in (0, 1): " + level);
        }
    }

    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }

    public double width() {
        return upper - lower;
    }
}
