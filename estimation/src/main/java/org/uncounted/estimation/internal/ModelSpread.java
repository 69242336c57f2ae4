package org.uncounted.estimation.internal;

import java.util.ArrayList;
import java.util.List;
import org.uncounted.estimation.LogLinearModel;

/**
 * How much the estimate moves across the best-supported log-linear models — the uncertainty that
 * model choice adds and that a model-conditional interval hides.
 */
public final class ModelSpread {
    /** Number of best models the spread covers. */
    public static final int BEST = 5;

    private ModelSpread() {}

    /** The spread and what it was taken over. */
    public record Spread(int models, double low, double high, String basis) {}

    /**
     * Over the {@value #BEST} lowest-BIC models among: every model with pairwise interactions when there
     * are at most five lists; otherwise the reported model, its one-pair neighbours (one pair added or
     * removed) and independence.
     */
    public static Spread of(
            int lists,
            double[] y,
            LogLinearModel reported,
            ModelSearch.Ranking ranking,
            ExistenceCheck check,
            boolean parallel) {
        String basis;
        ModelSearch.Ranking rk = ranking;
        if (rk != null) {
            basis = "best " + BEST + " by " + rk.criterion() + " among all hierarchical models searched";
        } else if (lists <= 5) {
            rk = ModelSearch.rank(
                    lists, y, ModelSearch.enumerate(lists, 2), ModelSearch.Criterion.BIC, check, parallel);
            basis = "best " + BEST + " by BIC among all models with pairwise interactions";
        } else {
            rk = ModelSearch.rank(lists, y, neighbours(reported), ModelSearch.Criterion.BIC, check, parallel);
            basis = "best " + BEST + " by BIC among the reported model, its one-pair neighbours and independence";
        }
        List<FittedModel> best =
                rk.models().subList(0, Math.min(BEST, rk.models().size()));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (FittedModel f : best) {
            lo = Math.min(lo, f.estimate());
            hi = Math.max(hi, f.estimate());
        }
        return new Spread(best.size(), lo, hi, basis);
    }

    static List<LogLinearModel> neighbours(LogLinearModel m) {
        int t = m.lists();
        List<LogLinearModel> out = new ArrayList<>();
        out.add(m);
        out.add(LogLinearModel.independence(t));
        List<Integer> pairs = new ArrayList<>();
        for (int term : m.interactionTerms()) if (Integer.bitCount(term) == 2) pairs.add(term);
        boolean pairwise = m.order() <= 2;
        for (int i = 0; i < t; i++) {
            for (int j = i + 1; j < t; j++) {
                int p = 1 << i | 1 << j;
                List<Integer> g = new ArrayList<>(pairs);
                if (g.contains(p)) {
                    if (!pairwise) continue;
                    g.remove(Integer.valueOf(p));
                } else {
                    g.add(p);
                    if (!pairwise) g = new ArrayList<>(m.generators());
                    if (!pairwise) g.add(p);
                }
                out.add(new LogLinearModel(t, g));
            }
        }
        return out;
    }
}
