package org.uncounted.simulate.internal;

import java.util.ArrayList;
import java.util.List;
import org.uncounted.simulate.SimulationSummary.Check;

/**
 * The calibration and validation targets of domain research section 5.9 (and the sales-per-victim
 * targets of 5.5), compared with what a simulated population implies. Counts are compared after
 * scaling to the population-equivalent. The published tolerance describes the real population; a
 * finite simulation adds Monte Carlo error, so a check passes within the tolerance plus two
 * standard errors of the simulated count (Poisson) or share (binomial). With the full
 * population-equivalent (scale 1) that margin is small.
 */
public final class Calibration {
    /** MOU female arrivals in the ROK, 2002–2019 (domain research section 2.3, grade A). */
    static final int[][] MOU_FEMALE = {
        {2002, 632}, {2003, 811}, {2004, 1272}, {2005, 960}, {2006, 1513}, {2007, 1981}, {2008, 2195},
        {2009, 2252}, {2010, 1811}, {2011, 1911}, {2012, 1098}, {2013, 1145}, {2014, 1092}, {2015, 1024},
        {2016, 1116}, {2017, 939}, {2018, 969}, {2019, 845}, {2022, 32}
    };
    /** MOU female age at entry, cumulative to Sept 2020. */
    static final double[] MOU_AGES = {0.027, 0.087, 0.287, 0.310, 0.189, 0.060, 0.041};

    private final Aggregates a;
    private final double scale;
    private final List<Check> out = new ArrayList<>();

    private Calibration(Aggregates a, double scale) {
        this.a = a;
        this.scale = scale;
    }

    public static List<Check> checks(Aggregates a, double scale) {
        Calibration c = new Calibration(a, scale);
        c.arrivals();
        c.shares();
        c.stock();
        c.flows();
        return c.out;
    }

    private void arrivals() {
        for (int[] t : MOU_FEMALE) {
            if (!inHorizon(t[0])) continue;
            double sim = a.arrivals[t[0] - a.startYear] * scale;
            within("female arrivals in the ROK " + t[0], sim, t[1], 0.15, "MOU (A)");
        }
        if (inHorizon(1999) && inHorizon(2001)) {
            double sim =
                    (a.arrivals[1999 - a.startYear] + a.arrivals[2000 - a.startYear] + a.arrivals[2001 - a.startYear])
                            * scale;
            within("female arrivals in the ROK 1999-2001", sim, 478, 0.15, "MOU (A)");
        }
        if (inHorizon(2021)) {
            range(
                    "female arrivals in the ROK 2021",
                    a.arrivals[2021 - a.startYear] * scale,
                    20,
                    30,
                    "INFO",
                    "MOU total 63 (A)");
        }
        if (inHorizon(2020) && inHorizon(2002)) {
            within("cumulative female arrivals to Sept 2020", a.arrivalsToSept2020 * scale, 24291, 0.05, "MOU (A)");
            double tv = 0;
            for (int i = 0; i < MOU_AGES.length; i++) {
                tv += Math.abs(a.arrivalAgeBands[i] / (double) Math.max(1, a.arrivalsToSept2020) - MOU_AGES[i]);
            }
            add("age at entry of ROK female arrivals: total variation", tv / 2, "0", "< 0.1", tv / 2 < 0.1, "MOU (A)");
            double n = Math.max(1, a.arrivalsToSept2020);
            near("origin share North Hamgyong (ROK arrivals)", a.arrivalsNh / n, 0.607, 0.03, n, "MOU 2018 (A)");
            near("origin share Ryanggang (ROK arrivals)", a.arrivalsRg / n, 0.160, 0.03, n, "MOU 2018 (A)");
            near("origin share South Hamgyong (ROK arrivals)", a.arrivalsSh / n, 0.088, 0.03, n, "MOU 2018 (A)");
        }
    }

    private void shares() {
        double n = a.caseloadPersons;
        if (n == 0) {
            add("rescuer caseload 2015-18: no records", Double.NaN, "0.60", "", true, "KFI (B)");
            return;
        }
        near("rescuer caseload: share ever trafficked", a.caseloadTrafficked / n, 0.60, 0.08, n, "KFI (B)");
        double t = Math.max(1, a.caseloadTrafficked);
        near(
                "rescuer caseload: prostitution share of trafficked",
                a.caseloadTypes[ExploitationType.PROSTITUTION.ordinal()] / t,
                0.50,
                0.07,
                t,
                "KFI (B)");
        near(
                "rescuer caseload: forced marriage share of trafficked",
                a.caseloadTypes[ExploitationType.MARRIAGE.ordinal()] / t,
                0.30,
                0.07,
                t,
                "KFI (B)");
        near(
                "rescuer caseload: cybersex share of trafficked",
                a.caseloadTypes[ExploitationType.CYBERSEX.ordinal()] / t,
                0.15,
                0.07,
                t,
                "KFI (B)");
    }

    private void stock() {
        if (inHorizon(2006))
            range(
                    "stock of NK women in China 2006",
                    a.inChina[2006 - a.startYear] * scale,
                    30_000,
                    50_000,
                    null,
                    "State Dept/UNHCR (B)");
        if (inHorizon(2015))
            range(
                    "stock of NK women in China 2015",
                    a.inChina[2015 - a.startYear] * scale,
                    30_000,
                    60_000,
                    null,
                    "Crossing Borders (C)");
        if (inHorizon(2019))
            range(
                    "stock of NK women in China 2019",
                    a.inChina[2019 - a.startYear] * scale,
                    0,
                    200_000,
                    null,
                    "KFI (B)");
    }

    private void flows() {
        double tr = Math.max(1, a.trafficked);
        add(
                "share first sold within a year of crossing",
                a.firstSoldWithinYear / tr,
                "0.7",
                ">= 0.7",
                a.firstSoldWithinYear / tr >= 0.7,
                "KFI (B)");
        if (inHorizon(2018) && inHorizon(2019)) {
            int i = 2018 - a.startYear;
            double rev = (a.revenueProstitutionUsd[i]
                            + a.revenueCybersexUsd[i]
                            + a.revenueSalesUsd[i]
                            + a.revenueProstitutionUsd[i + 1]
                            + a.revenueCybersexUsd[i + 1]
                            + a.revenueSalesUsd[i + 1])
                    / 2
                    * scale;
            range("annual criminal revenue 2018-19, USD", rev, 50e6, 200e6, null, "KFI >= 105 M (B)");
        }
        range(
                "documented repatriations (repatriation list records)",
                a.repatriationRecords * scale,
                2_000,
                32_000,
                "INFO",
                "NKDB > 8,000 (B): same order");
        String[] labels = {"", "1", "2", "3", "4+"};
        double[][] target = {{}, {0.45, 0.55}, {0.25, 0.30}, {0.10, 0.15}, {0.05, 0.10}};
        for (int k = 1; k <= 4; k++) {
            range(
                    "victims sold to a final buyer " + labels[k] + " time(s), share",
                    a.salesPerVictim[k] / tr,
                    target[k][0],
                    target[k][1],
                    "INFO",
                    "sheet 5.5 (D)");
        }
        add(
                "share of women ever trafficked (whole population)",
                a.trafficked / (double) Math.max(1, a.women),
                "",
                "",
                true,
                "emerges from P-TRF-1");
        out.set(out.size() - 1, info(out.get(out.size() - 1)));
    }

    private boolean inHorizon(int year) {
        return year >= a.startYear && year < a.startYear + a.years;
    }

    /**
     * A count target. When the target corresponds to fewer than {@link #MIN_SIMULATED} simulated
     * women, sampling noise alone exceeds the tolerance, so the check is only reported (INFO).
     */
    private void within(String name, double sim, double target, double tol, String source) {
        double mc = 2 * Math.sqrt(Math.max(1, sim / scale)) * scale;
        add(
                name,
                sim,
                String.format(java.util.Locale.ROOT, "%,.0f", target),
                "±" + Math.round(tol * 100) + " %",
                Math.abs(sim - target) <= tol * target + mc,
                source);
        if (target / scale < MIN_SIMULATED) out.set(out.size() - 1, info(out.get(out.size() - 1)));
    }

    /** Fewest simulated women behind a count target for a PASS/FAIL verdict. */
    static final double MIN_SIMULATED = 100;

    private void near(String name, double sim, double target, double tol, double n, String source) {
        double mc = 2 * Math.sqrt(Math.max(0.01, sim * (1 - sim)) / Math.max(1, n));
        add(name, sim, Double.toString(target), "±" + tol, Math.abs(sim - target) <= tol + mc, source);
    }

    private void range(String name, double sim, double lo, double hi, String status, String source) {
        String r = String.format(java.util.Locale.ROOT, "%,.2f..%,.2f", lo, hi).replace(".00", "");
        Check c = new Check(name, sim, r, "inside", sim >= lo && sim <= hi ? "PASS" : "FAIL", source);
        out.add(status == null ? c : info(c));
    }

    private void add(String name, double sim, String published, String tol, boolean pass, String source) {
        out.add(new Check(name, sim, published, tol, pass ? "PASS" : "FAIL", source));
    }

    private static Check info(Check c) {
        return new Check(c.target(), c.simulated(), c.published(), c.tolerance(), "INFO", c.source());
    }
}
