package org.uncounted.estimation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.uncounted.estimation.LogLinearModel;
import org.uncounted.estimation.ModelNotEstimableException;
import org.uncounted.estimation.MseMethod;

/**
 * Runs one {@link MseMethod} on a cell vector: on the data (with everything the report needs) and as a
 * bare estimator for bootstrap replicates (re-running the selection each time).
 */
public final class MethodRunner {
    /** Tuning shared by all methods. */
    public record Settings(double threshold, int maxOrder, int topModels, boolean parallel) {}

    /**
     * The outcome on the data. Exactly one of {@code fitted}, {@code heterogeneity}, {@code closedForm}
     * is set.
     */
    public record Selection(
            double estimate,
            double observed,
            FittedModel fitted,
            HeterogeneityModels.Fit heterogeneity,
            ClosedFormEstimators.Point closedForm,
            List<Integer> added,
            ModelSearch.Ranking ranking,
            String modelLabel) {

        /** Variance of the log dark figure (intercept), NaN for closed forms. */
        public double logDarkVariance() {
            if (fitted != null) return fitted.fit().varIntercept();
            if (heterogeneity != null) return heterogeneity.fit().varIntercept();
            return Double.NaN;
        }

        public double logDark() {
            if (fitted != null) return fitted.fit().beta()[0];
            if (heterogeneity != null) return heterogeneity.fit().beta()[0];
            return Double.NaN;
        }

        /** The design used (for a profile interval), or null for closed forms. */
        public Design design() {
            if (fitted != null) return fitted.design();
            if (heterogeneity != null) return heterogeneity.design();
            return null;
        }
    }

    private final MseMethod method;
    private final int lists;
    private final Settings settings;
    private final LogLinearModel fixed;

    public MethodRunner(MseMethod method, int lists, Settings settings) {
        this.method = method;
        this.lists = lists;
        this.settings = settings;
        this.fixed = switch (method.kind()) {
            case TERMS -> LogLinearModel.parse(method.terms(), lists);
            case INDEPENDENCE -> LogLinearModel.independence(lists);
            default -> null;
        };
        if (method.kind() == MseMethod.Kind.CHAPMAN && lists != 2) {
            throw new ModelNotEstimableException(
                    "chapman needs exactly 2 lists; the table has " + lists + " (use stepwise, bic or independence)",
                    0);
        }
        boolean heterogeneity = switch (method.kind()) {
            case MH_CHAO, MTH_CHAO, MTH_DARROCH -> true;
            default -> false;
        };
        if (heterogeneity && lists < 3) {
            throw new ModelNotEstimableException(method.label() + " needs at least 3 lists; the table has " + lists, 0);
        }
    }

    /**
     * Runs the method on the data.
     *
     * @throws ModelNotEstimableException when the model (or every candidate) fails the checks
     */
    public Selection select(double[] y, ExistenceCheck check) {
        double n = 0;
        for (int c = 1; c < y.length; c++) n += y[c];
        switch (method.kind()) {
            case STEPWISE -> {
                Stepwise.Result r = Stepwise.select(lists, y, settings.threshold(), check);
                if (r == null) throw notEstimable(LogLinearModel.independence(lists), y, check);
                return new Selection(
                        r.fitted().estimate(),
                        n,
                        r.fitted(),
                        null,
                        null,
                        r.added(),
                        null,
                        r.fitted().model().toString());
            }
            case BIC, AIC -> {
                int order = Math.min(settings.maxOrder(), lists - 1);
                if ((lists == 6 && order >= 3) || (lists >= 7 && order >= 2)) {
                    throw new ModelNotEstimableException(
                            "searching every hierarchical model of order " + order
                                    + " on " + lists + " lists is infeasible (Rcapture refuses it too); use stepwise,"
                                    + " or bic with --max-order " + (lists >= 7 ? 1 : 2),
                            0);
                }
                ModelSearch.Ranking rk = ModelSearch.rank(
                        lists,
                        y,
                        ModelSearch.enumerate(lists, Math.min(settings.maxOrder(), lists - 1)),
                        criterion(),
                        check,
                        settings.parallel());
                if (rk.models().isEmpty()) {
                    throw new ModelNotEstimableException(
                            "no hierarchical model up to order " + settings.maxOrder()
                                    + " passes the existence and identifiability checks",
                            3);
                }
                FittedModel best = rk.models().get(0);
                return new Selection(
                        best.estimate(),
                        n,
                        best,
                        null,
                        null,
                        List.of(),
                        rk,
                        best.model().toString());
            }
            case TERMS, INDEPENDENCE -> {
                int code = check.code(lists, y, fixed);
                if (code != ExistenceCheck.OK) throw notEstimable(fixed, y, check);
                FittedModel f = FittedModel.fit(lists, y, fixed, null);
                return new Selection(f.estimate(), n, f, null, null, List.of(), null, fixed.toString());
            }
            case CHAPMAN -> {
                ClosedFormEstimators.Point p = ClosedFormEstimators.chapman(y);
                return new Selection(p.estimate(), n, null, null, p, List.of(), null, "Lincoln-Petersen (Chapman)");
            }
            case CHAO -> {
                ClosedFormEstimators.Point p = ClosedFormEstimators.chaoLowerBound(y);
                return new Selection(p.estimate(), n, null, null, p, List.of(), null, "Chao lower bound");
            }
            default -> {
                HeterogeneityModels.Fit h = HeterogeneityModels.fit(lists, y, heterogeneityKind());
                return new Selection(h.estimate(), n, null, h, null, List.of(), null, heterogeneityLabel());
            }
        }
    }

    /**
     * The estimator a bootstrap replicate runs: the same method, selection included. For BIC/AIC the
     * candidates are the {@code topModels} best models on the data (all of them when there are at most
     * that many), so that every replicate re-selects among the plausible models. NaN = no estimate.
     */
    public ToDoubleFunction<double[]> replicateEstimator(Selection onData, ExistenceCheck check) {
        if (method.kind() == MseMethod.Kind.BIC || method.kind() == MseMethod.Kind.AIC) {
            List<LogLinearModel> top = new ArrayList<>();
            for (FittedModel f : onData.ranking().models()) {
                if (top.size() == settings.topModels()) break;
                top.add(f.model());
            }
            return yy -> {
                FittedModel best = ModelSearch.best(lists, yy, top, criterion(), check);
                return best == null ? Double.NaN : best.estimate();
            };
        }
        if (method.kind() == MseMethod.Kind.STEPWISE) {
            return yy -> {
                Stepwise.Result r = Stepwise.select(lists, yy, settings.threshold(), check);
                return r == null ? Double.NaN : r.fitted().estimate();
            };
        }
        return yy -> {
            try {
                return select(yy, check).estimate();
            } catch (ModelNotEstimableException | IllegalStateException e) {
                return Double.NaN;
            }
        };
    }

    private ModelSearch.Criterion criterion() {
        return method.kind() == MseMethod.Kind.AIC ? ModelSearch.Criterion.AIC : ModelSearch.Criterion.BIC;
    }

    private HeterogeneityModels.Kind heterogeneityKind() {
        return switch (method.kind()) {
            case M0 -> HeterogeneityModels.Kind.M0;
            case MH_CHAO -> HeterogeneityModels.Kind.MH_CHAO;
            case MTH_CHAO -> HeterogeneityModels.Kind.MTH_CHAO;
            default -> HeterogeneityModels.Kind.MTH_DARROCH;
        };
    }

    private String heterogeneityLabel() {
        return switch (method.kind()) {
            case M0 -> "M0";
            case MH_CHAO -> "Mh Chao";
            case MTH_CHAO -> "Mth Chao";
            default -> "Mth Darroch";
        };
    }

    private ModelNotEstimableException notEstimable(LogLinearModel model, double[] y, ExistenceCheck check) {
        int code = check.code(lists, y, model);
        String why = switch (code) {
            case 1 -> "its maximum-likelihood estimate does not exist (Fienberg-Rinaldo linear program)";
            case 2 -> "it is not identifiable (the model matrix is rank deficient)";
            default -> "its maximum-likelihood estimate does not exist and it is not identifiable";
        };
        return new ModelNotEstimableException(
                "model " + model + " cannot be estimated from these data: " + why + " (code " + code
                        + "); choose a smaller model",
                code);
    }
}
