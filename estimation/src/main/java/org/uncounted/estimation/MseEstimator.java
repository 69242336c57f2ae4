package org.uncounted.estimation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.uncounted.estimation.internal.ExistenceCheck;
import org.uncounted.estimation.internal.IntervalComputation;
import org.uncounted.estimation.internal.MethodRunner;
import org.uncounted.estimation.internal.ModelSpread;

/**
 * Multiple systems estimation: the size of a closed population from overlapping lists.
 *
 * <p>Assumptions, whatever the method: the population is closed over the period the lists cover, the
 * lists are linked perfectly (a person is one row, never two and never merged with another), and the
 * model captures the dependence between lists and the heterogeneity of capture (or the method models
 * heterogeneity explicitly). See {@code docs/methods/mse.md} for when each method misleads.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}. Every random step is driven by the seed:
 * the same seed gives the same interval, whatever the number of threads.
 */
public final class MseEstimator {
    /** Chan, Silverman &amp; Vincent's (2021) threshold for the stepwise Poisson tests. */
    public static final double DEFAULT_THRESHOLD = 0.02;

    private final MseMethod method;
    private final IntervalMethod interval;
    private final int bootstrap;
    private final long seed;
    private final double level;
    private final double threshold;
    private final int maxOrder;
    private final int topModels;
    private final boolean parallel;
    private final boolean spread;

    private MseEstimator(Builder b) {
        this.method = b.method;
        this.interval = b.interval;
        this.bootstrap = b.bootstrap;
        this.seed = b.seed;
        this.level = b.level;
        this.threshold = b.threshold;
        this.maxOrder = b.maxOrder;
        this.topModels = b.topModels;
        this.parallel = b.parallel;
        this.spread = b.spread;
    }

    /**
     * A builder with the defaults: stepwise, Wald interval, 95 %, threshold 0.02, seed 1, maximum order 2
     * for BIC/AIC, bootstrap over the 20 best models for BIC/AIC, parallel replicates, spread computed.
     */
    public static Builder builder() {
        return new Builder();
    }

    public MseMethod method() {
        return method;
    }

    public IntervalMethod interval() {
        return interval;
    }

    /** The seed that drives every random step. */
    public long seed() {
        return seed;
    }

    /** This estimator with another method, same settings. */
    public MseEstimator withMethod(MseMethod m) {
        return toBuilder().method(m).build();
    }

    /** This estimator with another seed. */
    public MseEstimator withSeed(long s) {
        return toBuilder().seed(s).build();
    }

    /**
     * Estimates the population size of {@code table}.
     *
     * @throws InvalidCaptureHistoryException if the table has no overlap at all
     * @throws ModelNotEstimableException if the method's model fails the existence or identifiability
     *     check, or the method does not apply (e.g. Chapman on three lists)
     */
    public MseResult estimate(CaptureHistories table) {
        table.requireEstimable();
        int t = table.listCount();
        double[] y = cells(table);
        ExistenceCheck check = new ExistenceCheck();
        MethodRunner runner =
                new MethodRunner(method, t, new MethodRunner.Settings(threshold, maxOrder, topModels, parallel));
        MethodRunner.Selection sel = runner.select(y, check);
        IntervalComputation.Interval ci = IntervalComputation.compute(
                new IntervalComputation.Request(interval, bootstrap, seed, level, parallel),
                method,
                runner,
                sel,
                y,
                check);
        List<String> notes = new ArrayList<>(ci.notes());
        if (method.kind() == MseMethod.Kind.CHAO) notes.add("Chao's estimator is a lower bound, not an estimate");
        return new MseResult(
                table.source(),
                method.label(),
                sel.modelLabel(),
                added(sel, table),
                table.listNames(),
                table.observed(),
                sel.estimate(),
                ci.lower(),
                ci.upper(),
                level,
                ci.used(),
                diagnostics(
                        table,
                        y,
                        sel,
                        check,
                        ci.replicates() == null ? 0 : bootstrap,
                        ci.failures(),
                        ci.profileMax(),
                        notes),
                ci.replicates());
    }

    /**
     * Runs every method that applies to the table (stepwise, BIC, AIC, independence, M0, Mh Chao, Mth
     * Chao, Mth Darroch, Chao's lower bound; Chapman for two lists) with this estimator's interval
     * settings. Methods that cannot give an estimate are listed with the reason instead.
     */
    public MseComparison compare(CaptureHistories table) {
        table.requireEstimable();
        List<MseMethod> methods = new ArrayList<>();
        for (MseMethod.Kind k : MseMethod.Kind.values()) {
            if (k == MseMethod.Kind.TERMS) continue;
            if (k == MseMethod.Kind.CHAPMAN && table.listCount() != 2) continue;
            if ((k == MseMethod.Kind.MH_CHAO || k == MseMethod.Kind.MTH_CHAO || k == MseMethod.Kind.MTH_DARROCH)
                    && table.listCount() < 3) continue;
            methods.add(new MseMethod(k, null));
        }
        List<MseResult> results = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (MseMethod m : methods) {
            try {
                results.add(withMethod(m).estimate(table));
            } catch (ModelNotEstimableException e) {
                failed.put(m.label(), e.getMessage());
            }
        }
        return new MseComparison(results, failed);
    }

    private List<String> added(MethodRunner.Selection sel, CaptureHistories table) {
        List<String> out = new ArrayList<>();
        for (int term : sel.added()) {
            if (table.overlap(term) > 0) out.add(LogLinearModel.termLabel(term, table.listNames()));
        }
        return out;
    }

    private MseDiagnostics diagnostics(
            CaptureHistories table,
            double[] y,
            MethodRunner.Selection sel,
            ExistenceCheck check,
            int reps,
            int failures,
            double profileMax,
            List<String> notes) {
        List<String> boundary = new ArrayList<>();
        double aic = Double.NaN;
        double bic = Double.NaN;
        int code = -1;
        ModelSpread.Spread s = new ModelSpread.Spread(0, Double.NaN, Double.NaN, "not computed");
        if (sel.fitted() != null) {
            for (int term : sel.fitted().design().boundaryTerms())
                boundary.add(LogLinearModel.termLabel(term, table.listNames()));
            aic = sel.fitted().aic();
            bic = sel.fitted().bic();
            code = check.code(table.listCount(), y, sel.fitted().model());
            if (spread) s = ModelSpread.of(table.listCount(), y, sel.fitted().model(), sel.ranking(), check, parallel);
        }
        if (!boundary.isEmpty()) {
            notes.add("terms with no observed overlap fitted at the boundary (their cells are structural zeros): "
                    + boundary);
        }
        return new MseDiagnostics(
                table.nonOverlappingPairs(),
                boundary,
                code,
                s.models(),
                s.low(),
                s.high(),
                s.basis(),
                aic,
                bic,
                reps,
                failures,
                profileMax,
                notes);
    }

    static double[] cells(CaptureHistories table) {
        long[] c = table.cells();
        double[] y = new double[c.length];
        for (int i = 0; i < c.length; i++) y[i] = c[i];
        return y;
    }

    private Builder toBuilder() {
        return builder()
                .method(method)
                .interval(interval)
                .bootstrap(bootstrap)
                .seed(seed)
                .level(level)
                .threshold(threshold)
                .maxOrder(maxOrder)
                .topModels(topModels)
                .parallel(parallel)
                .spread(spread);
    }

    /** Collects settings; each setter rejects a bad value at once. */
    public static final class Builder {
        private MseMethod method = MseMethod.STEPWISE;
        private IntervalMethod interval = IntervalMethod.WALD;
        private int bootstrap = 1000;
        private long seed = 1;
        private double level = 0.95;
        private double threshold = DEFAULT_THRESHOLD;
        private int maxOrder = 2;
        private int topModels = 20;
        private boolean parallel = true;
        private boolean spread = true;

        private Builder() {}

        public Builder method(MseMethod m) {
            this.method = java.util.Objects.requireNonNull(m, "method");
            return this;
        }

        public Builder interval(IntervalMethod i) {
            this.interval = java.util.Objects.requireNonNull(i, "interval");
            return this;
        }

        /** Bootstrap replicates for {@link IntervalMethod#BCA}, at least 20. */
        public Builder bootstrap(int replicates) {
            if (replicates < 20)
                throw new IllegalArgumentException("bootstrap replicates " + replicates + "; at least 20");
            this.bootstrap = replicates;
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /** Interval coverage in (0, 1), e.g. 0.95. */
        public Builder level(double l) {
            if (!(l > 0 && l < 1)) throw new IllegalArgumentException("level " + l + "; must be in (0, 1)");
            this.level = l;
            return this;
        }

        /** Stepwise p-value threshold in [0, 1]. */
        public Builder threshold(double p) {
            if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("threshold " + p + "; must be in [0, 1]");
            this.threshold = p;
            return this;
        }

        /** Highest interaction order searched by BIC/AIC (2 = pairwise), at least 1. */
        public Builder maxOrder(int order) {
            if (order < 1) throw new IllegalArgumentException("max order " + order + "; at least 1");
            this.maxOrder = order;
            return this;
        }

        /** How many of the best BIC/AIC models each bootstrap replicate chooses among, at least 1. */
        public Builder topModels(int k) {
            if (k < 1) throw new IllegalArgumentException("top models " + k + "; at least 1");
            this.topModels = k;
            return this;
        }

        /** Whether bootstrap replicates and model searches use several threads (results are identical). */
        public Builder parallel(boolean p) {
            this.parallel = p;
            return this;
        }

        /** Whether to compute the spread of estimates across the best models (a model search). */
        public Builder spread(boolean s) {
            this.spread = s;
            return this;
        }

        public MseEstimator build() {
            return new MseEstimator(this);
        }
    }
}
