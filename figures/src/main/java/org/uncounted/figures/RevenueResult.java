package org.uncounted.figures;

import java.util.List;

/**
 * The outcome of a revenue Monte Carlo, with what is needed to reproduce it.
 *
 * @param totalAtMedians the total with every parameter at its median (the tornado's centre line)
 */
public record RevenueResult(
        String parametersVersion,
        String currency,
        int iterations,
        long seed,
        List<ComponentSummary> components,
        ComponentSummary total,
        double totalAtMedians,
        List<TornadoBar> tornado) {
    public RevenueResult {
        components = List.copyOf(components);
        tornado = List.copyOf(tornado);
    }
}
