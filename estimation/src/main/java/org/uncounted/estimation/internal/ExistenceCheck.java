package org.uncounted.estimation.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.uncounted.estimation.LogLinearModel;

/**
 * Existence and identifiability of the (extended) maximum-likelihood estimate of a log-linear model,
 * after the boundary terms are removed (Chan, Silverman &amp; Vincent 2021, §2; SparseMSE
 * {@code checkident}).
 *
 * <p>Existence: the linear program of Fienberg &amp; Rinaldo (2012, p. 3) — maximise {@code s} subject to
 * {@code Aᵀx = Aᵀy}, {@code x ≥ s} — has a positive optimum exactly when the sufficient statistics lie in
 * the relative interior of the marginal cone. It is solved with Hipparchus' simplex solver in the
 * equivalent form {@code x = z + s}, {@code z ≥ 0}, which has only one equality row per parameter.
 * Identifiability: the model matrix has full column rank.
 *
 * <p>Both answers depend on the data only through the set of non-zero cells, so results are cached by
 * (model, support); one instance may be shared by the threads of a bootstrap.
 */
public final class ExistenceCheck {
    /** Fine. */
    public static final int OK = 0;
    /** The extended MLE does not exist. */
    public static final int NOT_EXISTS = 1;
    /** Not identifiable. */
    public static final int NOT_IDENTIFIABLE = 2;

    private static final double LP_TOLERANCE = 1e-7;

    private final Map<Key, Integer> cache = new ConcurrentHashMap<>();
    private final Map<Key, Integer> topCache = new ConcurrentHashMap<>();

    private record Key(List<Integer> terms, BitSet support) {}

    /**
     * The code 0 (fine), 1 (MLE does not exist), 2 (not identifiable) or 3 (both).
     *
     * <p>Shortcut (as SparseMSE's {@code checkallmodels} argues): a model passes whenever the largest
     * model of the same order with the same boundary terms passes, because its design has the same cells
     * and a superset of the columns — a strictly positive solution of the larger system solves the
     * smaller one, and columns of a full-rank matrix stay independent. Only when that "top" model fails
     * is the model itself checked.
     */
    public int code(int lists, double[] y, LogLinearModel model) {
        BitSet support = new BitSet(y.length);
        for (int c = 1; c < y.length; c++) if (y[c] > 0) support.set(c);
        List<Integer> terms = model.interactionTerms();
        List<Integer> topKey = new ArrayList<>();
        topKey.add(-Math.min(Math.max(model.order(), 2), lists - 1)); // the order, then the boundary terms
        for (int m : terms) if (Design.margin(y, m) == 0) topKey.add(m);
        int topCode = topCache.computeIfAbsent(new Key(topKey, support), k -> {
            LogLinearModel top = top(lists, y, model);
            return compute(Design.logLinear(lists, y, top, false), y);
        });
        if (topCode == OK) return OK;
        return cache.computeIfAbsent(
                new Key(terms, support), k -> compute(Design.logLinear(lists, y, model, false), y));
    }

    /** All positive-margin terms up to the model's order (at least 2, below t), plus its boundary terms. */
    static LogLinearModel top(int lists, double[] y, LogLinearModel model) {
        int order = Math.min(Math.max(model.order(), 2), lists - 1);
        List<Integer> terms = new ArrayList<>();
        for (int m = 1; m < 1 << lists; m++) {
            int k = Integer.bitCount(m);
            if (k >= 2 && k <= order && Design.margin(y, m) > 0) terms.add(m);
        }
        for (int m : model.interactionTerms()) if (Design.margin(y, m) == 0 && !terms.contains(m)) terms.add(m);
        return new LogLinearModel(lists, terms);
    }

    /** The check on an explicit design (no caching). */
    public static int compute(Design d, double[] y) {
        int code = 0;
        if (!fullRank(d.x())) code |= NOT_IDENTIFIABLE;
        if (!exists(d, y)) code |= NOT_EXISTS;
        return code;
    }

    static boolean fullRank(double[][] x) {
        if (x.length < x[0].length) return false;
        return new SingularValueDecomposition(new Array2DRowRealMatrix(x, false)).getRank() == x[0].length;
    }

    static boolean exists(Design d, double[] y) {
        int n = d.rows();
        int p = d.columns();
        double[][] x = d.x();
        boolean allPositive = true;
        for (int c : d.cells()) if (y[c] <= 0) allPositive = false;
        if (allPositive) return true; // x = y is strictly positive: interior point
        List<LinearConstraint> rows = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            double[] coef = new double[n + 1];
            double t = 0;
            double colSum = 0;
            for (int i = 0; i < n; i++) {
                coef[i] = x[i][j];
                t += x[i][j] * y[d.cells()[i]];
                colSum += x[i][j];
            }
            coef[n] = colSum;
            rows.add(new LinearConstraint(coef, Relationship.EQ, t));
        }
        double[] objective = new double[n + 1];
        objective[n] = 1;
        PointValuePair opt = new SimplexSolver()
                .optimize(
                        new MaxIter(100_000),
                        new LinearObjectiveFunction(objective, 0),
                        new LinearConstraintSet(rows),
                        GoalType.MAXIMIZE,
                        new NonNegativeConstraint(true));
        return opt.getValue() > LP_TOLERANCE;
    }
}
