package org.uncounted.simulate.internal;

/**
 * A price as remembered: possibly re-expressed in another currency, rounded, or given as a floor.
 *
 * @param amount the amount stated
 * @param currency ISO 4217 code (CNY, USD, KRW, EUR)
 * @param year the year whose money the amount is in
 * @param floor true when stated as "from X" (a lower bound)
 */
public record ObservedPrice(double amount, String currency, int year, boolean floor) {}
