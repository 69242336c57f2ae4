package org.uncounted.figures;

/**
 * One-at-a-time sensitivity of the total to one parameter: the total with this parameter at its
 * 5 % and 95 % quantiles and every other parameter at its median. Bars are sorted by swing.
 */
public record TornadoBar(String parameter, double lowValue, double highValue, double totalAtLow, double totalAtHigh) {
    public double swing() {
        return Math.abs(totalAtHigh - totalAtLow);
    }
}
