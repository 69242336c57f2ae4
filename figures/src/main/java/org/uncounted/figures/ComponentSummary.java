package org.uncounted.figures;

/**
 * Monte Carlo summary of one revenue component (or the total): median and the central 90 %
 * interval of the simulated annual revenue, in the parameter file's currency.
 */
public record ComponentSummary(String id, double median, double lower5, double upper95, double mean) {}
