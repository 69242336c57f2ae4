package org.uncounted.figures;

import java.util.List;

/** One revenue stream: the product of its factors (parameter ids), e.g. stock × clients/day × days × price. */
public record RevenueComponent(String id, List<String> factors, String description) {
    public RevenueComponent {
        factors = List.copyOf(factors);
        if (factors.isEmpty()) {
            throw new InvalidFigureInputException("component " + id + " has no factors");
        }
    }
}
