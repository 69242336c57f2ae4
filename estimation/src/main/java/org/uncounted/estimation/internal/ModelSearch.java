package org.uncounted.estimation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.uncounted.estimation.LogLinearModel;

/**
 * Fits every hierarchical log-linear model up to a maximum interaction order (all main effects always
 * in) and ranks them by an information criterion, as Rcapture's {@code closedpMS.t} does.
 *
 * <p>Models whose MLE does not exist or is not identifiable are left out of the ranking (Rcapture
 * reports them with a warning; here a failing model is never an estimate) and counted. Fits run in
 * parallel; the ranking is deterministic (ties by enumeration order).
 */
public final class ModelSearch {
    private ModelSearch() {}

    /** Ranking criterion. */
    public enum Criterion {
        AIC,
        BIC
    }

    /** The estimable models, best first, and how many were excluded by the checks. */
    /**
     * The best estimable models (at most {@value #KEEP}, best first), how many were ranked and how many were
     * excluded by the checks.
     */
    public record Ranking(List<FittedModel> models, int ranked, int excluded, Criterion criterion) {
        public double score(FittedModel m) {
            return criterion == Criterion.AIC ? m.aic() : m.bic();
        }
    }

    /** How many of the best fits a ranking keeps in full (the rest are scored and dropped). */
    public static final int KEEP = 50;

    /** Every hierarchical model with interactions of order ≤ {@code maxOrder}, independence first. */
    public static List<LogLinearModel> enumerate(int lists, int maxOrder) {
        List<Integer> candidates = new ArrayList<>();
        for (int m = 1; m < 1 << lists; m++) {
            int k = Integer.bitCount(m);
            if (k >= 2 && k <= maxOrder) candidates.add(m);
        }
        candidates.sort(Comparator.comparingInt(Integer::bitCount).thenComparingInt(Integer::intValue));
        List<LogLinearModel> out = new ArrayList<>();
        extend(lists, candidates, 0, new ArrayList<>(), out);
        return out;
    }

    private static void extend(
            int lists, List<Integer> cand, int index, List<Integer> chosen, List<LogLinearModel> out) {
        if (index == cand.size()) {
            out.add(new LogLinearModel(lists, chosen));
            return;
        }
        extend(lists, cand, index + 1, chosen, out);
        int term = cand.get(index);
        if (Integer.bitCount(term) > 2) {
            for (int i = 0; i < lists; i++) {
                if ((term & 1 << i) != 0 && !chosen.contains(term & ~(1 << i))) return;
            }
        }
        chosen.add(term);
        extend(lists, cand, index + 1, chosen, out);
        chosen.remove(chosen.size() - 1);
    }

    /** Fits and ranks the given models. */
    public static Ranking rank(
            int lists,
            double[] y,
            List<LogLinearModel> models,
            Criterion criterion,
            ExistenceCheck check,
            boolean parallel) {
        double[] start = FittedModel.fit(lists, y, LogLinearModel.independence(lists), null)
                .fittedByCell();
        IntStream idx = IntStream.range(0, models.size());
        if (parallel) idx = idx.parallel();
        double[] scores = new double[models.size()];
        idx.forEach(i -> {
            FittedModel f = FittedModel.fitIfEstimable(lists, y, models.get(i), check, start);
            scores[i] = f == null ? Double.NaN : criterion == Criterion.AIC ? f.aic() : f.bic();
        });
        List<Integer> ok = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) if (!Double.isNaN(scores[i])) ok.add(i);
        ok.sort(Comparator.comparingDouble((Integer i) -> scores[i]).thenComparingInt(i -> i));
        List<FittedModel> best = new ArrayList<>();
        for (int i : ok.subList(0, Math.min(KEEP, ok.size())))
            best.add(FittedModel.fit(lists, y, models.get(i), start));
        return new Ranking(List.copyOf(best), ok.size(), models.size() - ok.size(), criterion);
    }

    /** The best model among {@code models} by {@code criterion}, or null if none is estimable. */
    public static FittedModel best(
            int lists, double[] y, List<LogLinearModel> models, Criterion criterion, ExistenceCheck check) {
        FittedModel best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (LogLinearModel m : models) {
            FittedModel f = FittedModel.fitIfEstimable(lists, y, m, check, null);
            if (f == null) continue;
            double s = criterion == Criterion.AIC ? f.aic() : f.bic();
            if (s < bestScore) {
                bestScore = s;
                best = f;
            }
        }
        return best;
    }
}
