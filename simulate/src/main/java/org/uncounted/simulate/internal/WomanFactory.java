package org.uncounted.simulate.internal;

import java.util.SplittableRandom;

/** Draws a woman's fixed attributes (domain research section 5.2). */
final class WomanFactory {
    private final PopulationModel m;

    WomanFactory(PopulationModel m) {
        this.m = m;
    }

    /** Age in years at crossing: P-AGE-1 + P-AGE-2 if she is to be trafficked, else P-AGE-3. */
    int ageAtCrossing(ExploitationType plannedType, SplittableRandom r) {
        if (plannedType == null) {
            int age = band(m.ageEntryMou.sampleLabel(r), r) - m.ageNonTraffickedShift;
            return Math.max(0, age);
        }
        int age = band(m.ageFirstSale.sampleLabel(r), r) + m.ageShift.get(plannedType);
        int floor = plannedType == ExploitationType.MARRIAGE ? m.ageFloorMarriage : m.ageFloor;
        return Math.max(floor, age);
    }

    Woman create(long index, int crossMonth, int age, SplittableRandom r) {
        int birthMonth = crossMonth - age * 12 - r.nextInt(12);
        String origin = origin(Months.year(crossMonth), r);
        KoreanName name = NameTables.drawName(r);
        return new Woman(
                index,
                birthMonth,
                origin,
                originCity(origin, r),
                m.education.sampleLabel(r),
                Draw.normal(r),
                name,
                NameTables.drawAlias(r, name));
    }

    /** P-ORI-1 with the P-ORI-2 drift of the North Hamgyong share. */
    String origin(int year, SplittableRandom r) {
        Categorical base = m.originBase;
        double nhBase = base.prob("KP-09");
        double nh = nhShare(year);
        double rg = base.prob("KP-10");
        double sh = base.prob("KP-08");
        double diff = nhBase - nh;
        double u = r.nextDouble();
        double[] shares = {nh, rg + diff * rg / (rg + sh), sh + diff * sh / (rg + sh)};
        String[] codes = {"KP-09", "KP-10", "KP-08"};
        double acc = 0;
        for (int i = 0; i < 3; i++) {
            acc += shares[i];
            if (u < acc) return codes[i];
        }
        // the rest: the base distribution without the top three
        while (true) {
            String c = base.sampleLabel(r);
            if (c.equals("KP-09") || c.equals("KP-10") || c.equals("KP-08")) continue;
            if (c.equals("other")) return new String[] {"KP-13", "KP-14", "KP-15"}[r.nextInt(3)];
            return c;
        }
    }

    double nhShare(int year) {
        int a = m.nhDriftYears[0];
        int b = m.nhDriftYears[1];
        if (year < a) return m.nhEarly;
        if (year >= b) return m.nhLate;
        return m.nhEarly + (m.nhLate - m.nhEarly) * (year - a) / (double) (b - a);
    }

    private static String originCity(String province, SplittableRandom r) {
        return switch (province) {
            case "KP-09" -> new String[] {"KP-09-CJ", "KP-09-HR", "KP-09-MS", "KP-09-OS", "KP-09"}[r.nextInt(5)];
            case "KP-10" -> r.nextBoolean() ? "KP-10-HS" : "KP-10";
            case "KP-08" -> r.nextBoolean() ? "KP-08-HH" : "KP-08";
            case "KP-03" -> r.nextBoolean() ? "KP-03-SU" : "KP-03";
            case "KP-04" -> r.nextBoolean() ? "KP-04-MP" : "KP-04";
            default -> province;
        };
    }

    /** A uniform whole age within a band label {@code lo-hi}. */
    static int band(String label, SplittableRandom r) {
        int dash = label.indexOf('-');
        int lo = Integer.parseInt(label.substring(0, dash));
        int hi = Integer.parseInt(label.substring(dash + 1));
        return Draw.uniformInt(r, lo, hi);
    }
}
