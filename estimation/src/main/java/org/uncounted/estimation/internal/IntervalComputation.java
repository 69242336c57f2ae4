package org.uncounted.estimation.internal;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.uncounted.estimation.IntervalMethod;
import org.uncounted.estimation.MseMethod;

/** Computes the requested interval around a selection, falling back (with a note) where it cannot apply. */
public final class IntervalComputation {
    private IntervalComputation() {}

    /** Settings of the interval. */
    public record Request(IntervalMethod method, int bootstrap, long seed, double level, boolean parallel) {}

    /**
     * The interval and what was done.
     *
     * @param used the method actually used (profile falls back to Wald for closed forms)
     * @param profileMax the profile maximiser, NaN unless a profile interval was computed
     * @param replicates sorted bootstrap estimates, null without a bootstrap
     * @param failures bootstrap replicates without an estimate
     */
    public record Interval(
            double lower,
            double upper,
            IntervalMethod used,
            double profileMax,
            double[] replicates,
            int failures,
            List<String> notes) {}

    public static Interval compute(
            Request req,
            MseMethod method,
            MethodRunner runner,
            MethodRunner.Selection sel,
            double[] y,
            ExistenceCheck check) {
        List<String> notes = new ArrayList<>();
        if (req.method() == IntervalMethod.BCA) {
            Bootstrap.Result b = Bootstrap.bca(
                    y,
                    sel.estimate(),
                    runner.replicateEstimator(sel, check),
                    req.bootstrap(),
                    req.seed(),
                    req.level(),
                    req.parallel());
            if (b.failures() > 0) {
                notes.add(b.failures() + " of " + req.bootstrap()
                        + " bootstrap replicates had no estimable model and were left out");
            }
            return new Interval(
                    b.lower(), b.upper(), IntervalMethod.BCA, Double.NaN, b.replicates(), b.failures(), notes);
        }
        if (req.method() == IntervalMethod.PROFILE && sel.design() != null) {
            ProfileLikelihood.Result p =
                    ProfileLikelihood.interval(sel.design().withUnobservedRow(), y, sel.estimate(), req.level());
            if (Double.isInfinite(p.upper())) {
                notes.add(
                        "the profile likelihood does not fall below the cut-off before 3 × N̂; upper limit unbounded");
            }
            conditionalNote(method, notes);
            return new Interval(p.lower(), p.upper(), IntervalMethod.PROFILE, p.maximum(), null, 0, notes);
        }
        if (req.method() == IntervalMethod.PROFILE) {
            notes.add("no profile likelihood for " + method.label() + "; log-normal (Wald) interval reported");
        }
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability(0.5 + req.level() / 2);
        double lower;
        double upper;
        if (sel.closedForm() != null) {
            double[] ci = ClosedFormEstimators.logNormalInterval(sel.closedForm(), z);
            lower = ci[0];
            upper = ci[1];
        } else {
            double sd = Math.sqrt(sel.logDarkVariance());
            lower = sel.observed() + Math.exp(sel.logDark() - z * sd);
            upper = sel.observed() + Math.exp(sel.logDark() + z * sd);
        }
        conditionalNote(method, notes);
        return new Interval(lower, upper, IntervalMethod.WALD, Double.NaN, null, 0, notes);
    }

    private static void conditionalNote(MseMethod method, List<String> notes) {
        switch (method.kind()) {
            case STEPWISE, BIC, AIC ->
                notes.add(
                        "interval is conditional on the selected model and ignores model choice; use the bootstrap (BCa)");
            default -> {}
        }
    }
}
