package org.uncounted.estimation;

import java.util.List;
import java.util.Map;

/**
 * Every applicable method side by side, because model choice dominates the answer (UK 2013, five lists:
 * 11,313 stepwise, 13,444 independence, 22,991 BIC).
 *
 * @param results the estimates, in method order
 * @param notEstimable methods that gave no estimate, with the reason
 */
public record MseComparison(List<MseResult> results, Map<String, String> notEstimable) {
    public MseComparison {
        results = List.copyOf(results);
        notEstimable = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(notEstimable));
    }
}
