package org.uncounted.simulate.internal;

import java.util.SplittableRandom;

/**
 * Border crossing points and repatriation handover points (domain research section 4.1): which
 * North Korean town a woman from a province crosses from, and where China hands detainees back.
 * The choice among points is our assumption (grade D).
 */
final class Routes {
    private Routes() {}

    /** {nkTown, cnPlace, river} for a crossing by a woman from {@code origin}. */
    static String[] crossing(String origin, SplittableRandom r) {
        String[][] tumen = {
            {"KP-09-HR", "222405", "Tumen"}, {"KP-09-MS", "222406", "Tumen"},
            {"KP-09-OS", "222402", "Tumen"}, {"KP-09", "222404", "Tumen"}
        };
        String[] hyesan = {"KP-10-HS", "220623", "Yalu"};
        String[] sinuiju = {"KP-03-SU", "210600", "Yalu"};
        String[] manpo = {"KP-04-MP", "220582", "Yalu"};
        double u = r.nextDouble();
        return switch (origin) {
            case "KP-09", "KP-13" -> tumen[r.nextInt(tumen.length)];
            case "KP-10" -> u < 0.85 ? hyesan : tumen[1];
            case "KP-08", "KP-07" -> u < 0.5 ? hyesan : tumen[r.nextInt(tumen.length)];
            case "KP-03", "KP-14" -> u < 0.6 ? sinuiju : hyesan;
            case "KP-04" -> u < 0.6 ? manpo : hyesan;
            default -> u < 0.4 ? sinuiju : (u < 0.7 ? hyesan : tumen[1]);
        };
    }

    /** {cnHandoverPlace, nkTown} for a woman detained at {@code place} in China. */
    static String[] handover(String place, SplittableRandom r) {
        String[] tumen = {"222402", "KP-09-OS"};
        String[] dandong = {"210600", "KP-03-SU"};
        String[] changbai = {"220623", "KP-10-HS"};
        if (!Gazetteer.country(place).equals("CN")) return tumen;
        String prov = Gazetteer.province(place).code();
        String pref = Gazetteer.atLevel(place, "prefecture").code();
        if (pref.equals("220600") || pref.equals("220500")) return changbai;
        if (prov.equals("220000") || prov.equals("230000")) return tumen;
        if (prov.equals("210000")) return dandong;
        return r.nextBoolean() ? tumen : dandong;
    }
}
