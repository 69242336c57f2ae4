package org.uncounted.simulate.internal;

import java.util.SplittableRandom;

/**
 * Prices and fees of domain research section 5.7, in nominal CNY of the event year:
 * {@code median_2019 × CPI(year)/CPI(2019) × trend(year)}, lognormal with the configured sigma.
 */
public final class Prices {
    private final double marriageMedian;
    private final double marriageSigma;
    private final double marriageFloor;
    private final YearTable marriageTrend;
    private final double outlierShare;
    private final double[] outlier;
    private final double brothelRatio;
    private final double brothelSigma;
    private final double brothelFloor;
    private final double cyberMedian;
    private final double cyberSigma;
    private final double labourMedian;
    private final double labourSigma;
    private final double[] transferShare;
    final double clientMedian;
    final double clientSigma;
    final double clientFloor;
    final double clientsPerDay;
    final double workingDays;
    final double sessionMedianUsd;
    final double sessionSigma;
    final double sessionCapUsd;
    final double sessionYoungShare;
    final double sessionYoungUsd;
    final double sessionsPerDay;
    private final YearTable crossingUsd;
    private final YearTable crossingSigma;
    private final double crossingLowShare;
    private final double crossingLowUsd;
    final Categorical feePayer;
    private final YearTable onwardUsd;
    private final double onwardSigma;
    final double paidAfterArrival;

    Prices(ParamReader p) {
        marriageMedian = p.num("prc.marriage-median", 1, 1e8);
        marriageSigma = p.num("prc.marriage-sigma", 0, 5);
        marriageFloor = p.num("prc.marriage-floor", 0, 1e8);
        marriageTrend = p.yearTable("prc.marriage-trend", 0, 100);
        outlierShare = p.prob("prc.marriage-outlier-share");
        outlier = p.range("prc.marriage-outlier", 0, 1e9);
        brothelRatio = p.num("prc.brothel-ratio", 0, 100);
        brothelSigma = p.num("prc.brothel-sigma", 0, 5);
        brothelFloor = p.num("prc.brothel-floor", 0, 1e8);
        cyberMedian = p.num("prc.cybersex-median", 1, 1e8);
        cyberSigma = p.num("prc.cybersex-sigma", 0, 5);
        labourMedian = p.num("prc.labour-median", 1, 1e8);
        labourSigma = p.num("prc.labour-sigma", 0, 5);
        transferShare = p.range("prc.transfer-share", 0, 1);
        clientMedian = p.num("prc.client-median", 0, 1e6);
        clientSigma = p.num("prc.client-sigma", 0, 5);
        clientFloor = p.num("prc.client-floor", 0, 1e6);
        clientsPerDay = p.num("prc.clients-per-day", 0, 100);
        workingDays = p.num("prc.working-days", 0, 366);
        p.range("prc.victim-share", 0, 1);
        sessionMedianUsd = p.num("prc.session-median-usd", 0, 1e6);
        sessionSigma = p.num("prc.session-sigma", 0, 5);
        sessionCapUsd = p.num("prc.session-cap-usd", 0, 1e6);
        sessionYoungShare = p.prob("prc.session-young-share");
        sessionYoungUsd = p.num("prc.session-young-usd", 0, 1e6);
        sessionsPerDay = p.num("prc.sessions-per-day", 0, 100);
        crossingUsd = p.yearTable("fee.crossing-usd", 0, 1e7);
        crossingSigma = p.yearTable("fee.crossing-sigma", 0, 5);
        crossingLowShare = p.prob("fee.crossing-low-share");
        crossingLowUsd = p.num("fee.crossing-low-usd", 0, 1e7);
        feePayer = p.dist("fee.payer");
        onwardUsd = p.yearTable("fee.onward-usd", 0, 1e7);
        onwardSigma = p.num("fee.onward-sigma", 0, 5);
        paidAfterArrival = p.prob("fee.paid-after-arrival");
    }

    static double deflator(int year) {
        return Economy.cpi(year) / 100.0;
    }

    /** Price of a sale to a final buyer of type {@code t} in {@code year}, nominal CNY. */
    public double sale(ExploitationType t, int year, SplittableRandom r) {
        double d = deflator(year);
        return switch (t) {
            case MARRIAGE -> {
                if (r.nextDouble() < outlierShare) yield Draw.uniform(r, outlier[0], outlier[1]) * d;
                double v = Draw.lognormal(r, marriageMedian * d * marriageTrend.at(year), marriageSigma);
                yield Math.max(v, marriageFloor * d);
            }
            case PROSTITUTION ->
                Math.max(
                        Draw.lognormal(r, brothelRatio * marriageMedian * d * marriageTrend.at(year), brothelSigma),
                        brothelFloor * d);
            case CYBERSEX -> Draw.lognormal(r, cyberMedian * d, cyberSigma);
            case LABOUR -> Draw.lognormal(r, labourMedian * d, labourSigma);
        };
    }

    /** A broker-to-broker transfer price: a share of the next sale's price (P-PRC-4). */
    public double transfer(double nextPrice, SplittableRandom r) {
        return nextPrice * Draw.uniform(r, transferShare[0], transferShare[1]);
    }

    /** Price per client for a prostitution spell, drawn once per spell, nominal CNY. */
    public double clientPrice(int year, SplittableRandom r) {
        double d = deflator(year);
        return Math.max(Draw.lognormal(r, clientMedian * d, clientSigma), clientFloor * d);
    }

    /** Price per cybersex session for a spell, drawn once per spell, USD. */
    public double sessionPriceUsd(SplittableRandom r) {
        if (r.nextDouble() < sessionYoungShare) return sessionYoungUsd;
        return Math.min(Draw.lognormal(r, sessionMedianUsd, sessionSigma), sessionCapUsd);
    }

    /** NK → China crossing fee (P-FEE-1), nominal CNY. */
    public double crossingFee(int year, SplittableRandom r) {
        double median = crossingUsd.at(year);
        double usd = median > crossingLowUsd && r.nextDouble() < crossingLowShare
                ? Draw.lognormal(r, crossingLowUsd, 0.2)
                : Draw.lognormal(r, median, crossingSigma.at(year));
        return usd * Economy.cnyPerUsd(year);
    }

    /** China → ROK onward fee (P-FEE-2), nominal CNY. */
    public double onwardFee(int year, SplittableRandom r) {
        return Draw.lognormal(r, onwardUsd.at(year), onwardSigma) * Economy.cnyPerUsd(year);
    }

    public double workingDaysPerMonth() {
        return workingDays / 12.0;
    }
}
