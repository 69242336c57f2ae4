package org.uncounted.simulate.internal;

import java.util.SplittableRandom;

/**
 * What a simulated population implies, accumulated woman by woman and merged chunk by chunk in a
 * fixed order (so sums of doubles are the same on every run): stock by exploitation type each July,
 * arrivals in the ROK, repatriations, revenue (section 5.7), sales, prices and the calibration
 * margins of section 5.9.
 */
public final class Aggregates {
    public static final String[] AGE_BANDS = {"0-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60+"};
    public static final int TYPES = ExploitationType.values().length;

    public final int startYear;
    public final int years;
    public long women;
    public final long[][] stock;
    public final long[] inChina;
    public final long[] crossings;
    public final long[] arrivals;
    public final long[] repatriations;
    public final long[][] finalSales;
    public final double[] revenueProstitutionUsd;
    public final double[] revenueCybersexUsd;
    public final double[] revenueSalesUsd;
    public final long[] arrivalAgeBands = new long[AGE_BANDS.length];
    public long arrivalsToSept2020;
    public long arrivalsNh;
    public long arrivalsRg;
    public long arrivalsSh;
    public long trafficked;
    public long firstSoldWithinYear;
    /** Victims by number of sales to final buyers (a broker chain counts once): index 1..4 (4 = 4+). */
    public final long[] salesPerVictim = new long[5];
    /** Victims by number of sale transactions, broker-to-broker transfers included. */
    public final long[] transactionsPerVictim = new long[5];

    public final LogHistogram[] priceReal2019 = new LogHistogram[TYPES];
    public final LogHistogram[] priceUsd = new LogHistogram[TYPES];
    public long caseloadPersons;
    public long caseloadTrafficked;
    public final long[] caseloadTypes = new long[TYPES];
    public long repatriationRecords;

    public Aggregates(int startYear, int endYear) {
        this.startYear = startYear;
        this.years = endYear - startYear + 1;
        stock = new long[TYPES][years];
        finalSales = new long[TYPES][years];
        inChina = new long[years];
        crossings = new long[years];
        arrivals = new long[years];
        repatriations = new long[years];
        revenueProstitutionUsd = new double[years];
        revenueCybersexUsd = new double[years];
        revenueSalesUsd = new double[years];
        for (int i = 0; i < TYPES; i++) {
            priceReal2019[i] = new LogHistogram();
            priceUsd[i] = new LogHistogram();
        }
    }

    private int yi(int month) {
        int y = Months.year(month) - startYear;
        return y >= 0 && y < years ? y : -1;
    }

    /** Adds one woman; {@code r} is her own stream for the revenue draws. */
    public void add(Trajectory tr, Prices prices, SplittableRandom r) {
        women++;
        int sales = 0;
        int transactions = 0;
        int firstCross = -1;
        int firstSale = -1;
        int inChinaFrom = -1;
        for (TEvent e : tr.events()) {
            int y = yi(e.month());
            switch (e.type()) {
                case CROSSING -> {
                    if (firstCross < 0) firstCross = e.month();
                    if (y >= 0) crossings[y]++;
                    inChinaFrom = e.month();
                }
                case SALE -> {
                    transactions++;
                    if (firstSale < 0) firstSale = e.month();
                    if (e.detail().startsWith("buyer=broker")) break;
                    sales++;
                    if (y >= 0) {
                        int t = e.exploitation().ordinal();
                        finalSales[t][y]++;
                        int year = Months.year(e.month());
                        priceReal2019[t].add(e.priceCny() / Prices.deflator(year));
                        priceUsd[t].add(e.priceCny() / Economy.cnyPerUsd(year));
                        revenueSalesUsd[y] += e.priceCny() / Economy.cnyPerUsd(year);
                    }
                }
                case EXPLOITATION -> spell(tr, e, prices, r);
                case REPATRIATION, ONWARD_DEPARTURE, RETURN_NK, DEATH -> {
                    if (e.type() == EventType.REPATRIATION && y >= 0) repatriations[y]++;
                    markInChina(inChinaFrom, e.month());
                    inChinaFrom = -1;
                }
                case ARRIVAL_ROK -> arrival(tr, e, y);
                default -> {}
            }
        }
        if (inChinaFrom >= 0) markInChina(inChinaFrom, Integer.MAX_VALUE);
        if (sales > 0) {
            trafficked++;
            salesPerVictim[Math.min(4, sales)]++;
            transactionsPerVictim[Math.min(4, transactions)]++;
            if (firstSale - firstCross < 12) firstSoldWithinYear++;
        }
    }

    private void markInChina(int from, int until) {
        if (from < 0) return;
        for (int y = 0; y < years; y++) {
            int july = Months.of(startYear + y, 7);
            if (july >= from && july < until) inChina[y]++;
        }
    }

    private void arrival(Trajectory tr, TEvent e, int y) {
        if (y >= 0) arrivals[y]++;
        if (e.month() <= Months.of(2020, 9)) {
            arrivalsToSept2020++;
            int age = tr.woman().ageAt(e.month());
            arrivalAgeBands[Math.min(6, Math.max(0, age / 10))]++;
            switch (tr.woman().origin()) {
                case "KP-09" -> arrivalsNh++;
                case "KP-10" -> arrivalsRg++;
                case "KP-08" -> arrivalsSh++;
                default -> {}
            }
        }
    }

    private void spell(Trajectory tr, TEvent e, Prices p, SplittableRandom r) {
        int t = e.exploitation().ordinal();
        int last = Months.of(startYear + years - 1, 12);
        int end = e.endMonth() < 0 ? last + 1 : e.endMonth();
        for (int y = 0; y < years; y++) {
            if (e.covers(Months.of(startYear + y, 7))) stock[t][y]++;
        }
        if (e.exploitation() == ExploitationType.PROSTITUTION) {
            double perClient = p.clientPrice(Months.year(e.month()), r);
            for (int mo = e.month(); mo < end; mo++) {
                int y = Months.year(mo);
                int clients = Draw.poisson(r, p.clientsPerDay * p.workingDaysPerMonth());
                double cny = clients * perClient * Prices.deflator(y) / Prices.deflator(Months.year(e.month()));
                revenueProstitutionUsd[y - startYear] += cny / Economy.cnyPerUsd(y);
            }
        } else if (e.exploitation() == ExploitationType.CYBERSEX) {
            double perSession = p.sessionPriceUsd(r);
            for (int mo = e.month(); mo < end; mo++) {
                int sessions = Draw.poisson(r, p.sessionsPerDay * p.workingDaysPerMonth());
                revenueCybersexUsd[Months.year(mo) - startYear] += sessions * perSession;
            }
        }
    }

    /** Adds {@code o} into this; call in a fixed order for reproducible floating-point sums. */
    public void merge(Aggregates o) {
        women += o.women;
        for (int t = 0; t < TYPES; t++) {
            add(stock[t], o.stock[t]);
            add(finalSales[t], o.finalSales[t]);
            priceReal2019[t].merge(o.priceReal2019[t]);
            priceUsd[t].merge(o.priceUsd[t]);
            caseloadTypes[t] += o.caseloadTypes[t];
        }
        add(inChina, o.inChina);
        add(crossings, o.crossings);
        add(arrivals, o.arrivals);
        add(repatriations, o.repatriations);
        add(arrivalAgeBands, o.arrivalAgeBands);
        add(salesPerVictim, o.salesPerVictim);
        add(transactionsPerVictim, o.transactionsPerVictim);
        for (int y = 0; y < years; y++) {
            revenueProstitutionUsd[y] += o.revenueProstitutionUsd[y];
            revenueCybersexUsd[y] += o.revenueCybersexUsd[y];
            revenueSalesUsd[y] += o.revenueSalesUsd[y];
        }
        arrivalsToSept2020 += o.arrivalsToSept2020;
        arrivalsNh += o.arrivalsNh;
        arrivalsRg += o.arrivalsRg;
        arrivalsSh += o.arrivalsSh;
        trafficked += o.trafficked;
        firstSoldWithinYear += o.firstSoldWithinYear;
        caseloadPersons += o.caseloadPersons;
        caseloadTrafficked += o.caseloadTrafficked;
        repatriationRecords += o.repatriationRecords;
    }

    private static void add(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) a[i] += b[i];
    }
}
