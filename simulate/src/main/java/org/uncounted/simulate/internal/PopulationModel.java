package org.uncounted.simulate.internal;

import java.util.EnumMap;
import java.util.Map;

/**
 * The trajectory parameters of domain research sections 5.1–5.7, read and validated once.
 * Field names follow the parameter-file keys.
 */
public final class PopulationModel {
    public final int startYear;
    public final int endYear;
    public final YearTable entry;
    public final double transientShare;
    public final int[] transientMonths;
    public final Categorical originBase;
    public final double nhEarly;
    public final double nhLate;
    public final int[] nhDriftYears;
    public final Categorical ageFirstSale;
    public final Map<ExploitationType, Integer> ageShift = new EnumMap<>(ExploitationType.class);
    public final int ageFloorMarriage;
    public final int ageFloor;
    public final Categorical ageEntryMou;
    public final int ageNonTraffickedShift;
    public final Categorical education;
    public final double nkArranged;
    public final Categorical recruitmentMethod;
    public final Categorical promisedJob;
    public final YearTable everTrafficked;
    public final int[] nkArrangedDays;
    public final double firstSaleHazard;
    public final Categorical brokerTransfers;
    public final Categorical[] typeByYear;
    public final Map<ExploitationType, Categorical> resale = new EnumMap<>(ExploitationType.class);
    public final YearTable concurrentCybersex;
    public final double birthsEarly;
    public final double birthsLate;
    public final int birthsEarlyYears;
    public final int birthsMax;
    public final Map<ExploitationType, Categorical> location = new EnumMap<>(ExploitationType.class);
    public final Map<ExploitationType, Double> resaleHazard = new EnumMap<>(ExploitationType.class);
    public final Map<ExploitationType, Double> escapeHazard = new EnumMap<>(ExploitationType.class);
    public final double retraffickedWithinYear;
    public final YearTable onward;
    public final YearTable arrest;
    public final int[] arrestSurgeYears;
    public final double arrestSurgeFactor;
    public final YearTable repatriatedGivenArrest;
    public final YearTable returnHazard;
    public final YearTable death;
    /** Indexed by {@link #situation}: the four types, marriage with children, none. */
    public final double[] onwardMultiplier;

    public final double[] arrestMultiplier;
    public final int backlogRelease;
    public final int[] cnDetentionMonths;
    public final double recrossWithin2y;
    public final int[] nkDetentionMonths;
    public final Categorical onwardRoute;
    public final double onwardDaysMedian;
    public final double onwardDaysSigma;
    public final Prices prices;
    private final double[] arrestByYear;

    public PopulationModel(ParamReader p) {
        startYear = p.startYear();
        endYear = p.endYear();
        entry = p.yearTable("pop.entry", 0, 1e7);
        transientShare = p.prob("pop.transient-share");
        transientMonths = p.intRange("pop.transient-months", 0, 120);
        originBase = p.dist("ori.base");
        nhEarly = p.prob("ori.nh-share-early");
        nhLate = p.prob("ori.nh-share-late");
        nhDriftYears = p.intRange("ori.nh-drift-years", 1900, 2200);
        ageFirstSale = p.dist("age.first-sale");
        for (ExploitationType t : ExploitationType.values()) {
            ageShift.put(t, (int) p.coefficient("age.shift", t.label()));
        }
        ageFloorMarriage = p.integer("age.floor-marriage", 0, 30);
        ageFloor = p.integer("age.floor", 0, 30);
        ageEntryMou = p.dist("age.entry-mou");
        ageNonTraffickedShift = p.integer("age.non-trafficked-shift", 0, 30);
        education = p.dist("edu");
        nkArranged = p.prob("rec.nk-arranged");
        recruitmentMethod = p.dist("rec.method");
        promisedJob = p.dist("rec.promised-job");
        everTrafficked = p.yearTable("trf.ever", 0, 1);
        nkArrangedDays = p.intRange("trf.nk-arranged-days", 0, 365);
        firstSaleHazard = p.num("trf.first-sale-hazard", 0, 100);
        brokerTransfers = p.dist("trf.broker-transfers");
        typeByYear = typeTable(p);
        for (ExploitationType t : ExploitationType.values()) {
            resale.put(t, p.dist("exp.resale." + t.label()));
            location.put(t, p.dist("loc." + t.label()));
        }
        concurrentCybersex = p.yearTable("exp.concurrent-cybersex", 0, 10);
        birthsEarly = p.num("exp.births-early", 0, 10);
        birthsLate = p.num("exp.births-late", 0, 10);
        birthsEarlyYears = p.integer("exp.births-early-years", 0, 50);
        birthsMax = p.integer("exp.births-max", 0, 20);
        for (ExploitationType t : ExploitationType.values()) {
            resaleHazard.put(t, nonNegative(p, "dur.resale", t.label()));
            escapeHazard.put(t, nonNegative(p, "dur.escape", t.label()));
        }
        retraffickedWithinYear = p.prob("dur.retrafficked-within-year");
        onward = p.yearTable("haz.onward", 0, 100);
        arrest = p.yearTable("haz.arrest", 0, 100);
        arrestSurgeYears = p.intList("haz.arrest-surge-years");
        arrestSurgeFactor = p.num("haz.arrest-surge-factor", 0, 100);
        repatriatedGivenArrest = p.yearTable("haz.repatriated-given-arrest", 0, 1);
        returnHazard = p.yearTable("haz.return", 0, 100);
        death = p.yearTable("haz.death", 0, 100);
        onwardMultiplier = multipliers(p, "haz.onward-multiplier");
        arrestMultiplier = multipliers(p, "haz.arrest-multiplier");
        backlogRelease = p.month("haz.backlog-release");
        cnDetentionMonths = p.intRange("haz.cn-detention-months", 0, 120);
        recrossWithin2y = p.prob("haz.recross-within-2y");
        nkDetentionMonths = p.intRange("haz.nk-detention-months", 0, 240);
        onwardRoute = p.dist("haz.onward-route");
        onwardDaysMedian = p.num("haz.onward-days-median", 1, 3650);
        double p90 = p.num("haz.onward-days-p90", onwardDaysMedian, 36500);
        onwardDaysSigma = Math.log(p90 / onwardDaysMedian) / 1.2815515655446004;
        prices = new Prices(p);
        arrestByYear = new double[endYear - startYear + 1];
        for (int y = startYear; y <= endYear; y++) {
            double a = arrest.at(y);
            for (int s : arrestSurgeYears) if (s == y) a *= arrestSurgeFactor;
            arrestByYear[y - startYear] = a;
        }
    }

    /** Arrest hazard in {@code year} including the surge factor (P-HAZ-3). */
    public double arrestWithSurge(int year) {
        int i = Math.max(0, Math.min(arrestByYear.length - 1, year - startYear));
        return arrestByYear[i];
    }

    /** Type distribution at a sale to a final buyer in {@code year} (P-EXP-1). */
    public Categorical typeAt(int year) {
        return typeByYear[Math.max(0, Math.min(typeByYear.length - 1, year - startYear))];
    }

    /** Situation index for the multiplier tables. */
    public static int situation(ExploitationType t, boolean withChildren) {
        if (t == null) return 5;
        if (t == ExploitationType.MARRIAGE && withChildren) return 4;
        return t.ordinal();
    }

    private static double[] multipliers(ParamReader p, String key) {
        String[] labels = {"marriage", "prostitution", "cybersex", "labour", "marriage-with-children", "none"};
        double[] out = new double[labels.length];
        for (int i = 0; i < labels.length; i++) out[i] = nonNegative(p, key, labels[i]);
        return out;
    }

    private static double nonNegative(ParamReader p, String key, String label) {
        double v = p.coefficient(key, label);
        if (v < 0) {
            throw new org.uncounted.simulate.InvalidSimulationParameterException(
                    "key '" + key + "' label '" + label + "' value '" + v + "': must not be negative");
        }
        return v;
    }

    private static Categorical[] typeTable(ParamReader p) {
        Categorical[] out = new Categorical[p.endYear() - p.startYear() + 1];
        for (int y = p.startYear(); y <= p.endYear(); y++) {
            for (String key : new String[] {
                "exp.type.1995-2004",
                "exp.type.2005-2011",
                "exp.type.2012-2014",
                "exp.type.2015-2019",
                "exp.type.2020-2024"
            }) {
                int a = Integer.parseInt(key.substring(9, 13));
                int b = Integer.parseInt(key.substring(14, 18));
                if ((y >= a && y <= b) || (y < 1995 && a == 1995) || (y > 2024 && b == 2024)) {
                    out[y - p.startYear()] = p.dist(key);
                }
            }
        }
        return out;
    }
}
