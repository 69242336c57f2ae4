package org.uncounted.simulate.internal;

/**
 * Yearly exchange rates and the China CPI used to price events and to re-express recalled prices.
 *
 * <p>2010–2023: the domain research's section 7 table (PBOC/ECB averages, NBS CPI). 1994–2009 and
 * 2024: approximate annual averages from memory (marked "mem" in docs/methods/simulation.md), good
 * enough for synthetic data and never used for real conversions; the model module's versioned
 * table is the authority for those. Years outside 1994–2024 take the nearest end. The euro exists
 * from 1999; before that {@link #usdPerEur} returns NaN.
 */
public final class Economy {
    private static final int FIRST = 1994;
    // year:                  1994  1995  1996  1997  1998  1999  2000  2001  2002  2003  2004
    private static final double[] CNY_PER_USD = {
        8.62,
        8.35,
        8.31,
        8.29,
        8.28,
        8.28,
        8.28,
        8.28,
        8.28,
        8.28,
        8.28,
        // 2005 .. 2009
        8.19,
        7.97,
        7.60,
        6.95,
        6.83,
        // 2010 .. 2023 (section 7)
        6.7695,
        6.4588,
        6.3125,
        6.1932,
        6.1428,
        6.2284,
        6.6423,
        6.7518,
        6.6174,
        6.8985,
        6.8976,
        6.4515,
        6.7261,
        7.0467,
        // 2024
        7.12
    };
    private static final double[] USD_PER_EUR = {
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        1.0658,
        0.9236,
        0.8956,
        0.9456,
        1.1312,
        1.2439,
        1.2441,
        1.2556,
        1.3705,
        1.4708,
        1.3948,
        1.3257,
        1.3920,
        1.2848,
        1.3281,
        1.3285,
        1.1095,
        1.1069,
        1.1297,
        1.1810,
        1.1195,
        1.1422,
        1.1827,
        1.0530,
        1.0813,
        1.0824
    };
    private static final double[] KRW_PER_USD = {
        803.4, 771.3, 804.5, 951.3, 1398.9, 1189.5, 1130.6, 1290.8, 1251.1, 1191.9, 1144.1, 1024.3, 955.5, 929.3,
        1102.6, 1276.4, 1156.3, 1108.1, 1126.9, 1095.0, 1053.2, 1131.5, 1160.5, 1130.8, 1100.3, 1165.7, 1180.1, 1144.4,
        1292.0, 1305.4, 1364.0
    };
    /** China CPI change over the previous year, per cent (NBS). */
    private static final double[] CPI_YOY = {
        24.1, 17.1, 8.3, 2.8, -0.8, -1.4, 0.4, 0.7, -0.8, 1.2, 3.9, 1.8, 1.5, 4.8, 5.9, -0.7, 3.3, 5.4, 2.6, 2.6, 2.0,
        1.4, 2.0, 1.6, 2.1, 2.9, 2.5, 0.9, 2.0, 0.2, 0.2
    };

    private static final double[] CPI_INDEX = chainIndex();

    private Economy() {}

    private static int idx(int year) {
        return Math.max(0, Math.min(CNY_PER_USD.length - 1, year - FIRST));
    }

    public static double cnyPerUsd(int year) {
        return CNY_PER_USD[idx(year)];
    }

    public static double usdPerEur(int year) {
        return USD_PER_EUR[idx(year)];
    }

    public static double krwPerUsd(int year) {
        return KRW_PER_USD[idx(year)];
    }

    /** CPI index with 2019 = 100, chained from the yearly changes. */
    public static double cpi(int year) {
        return CPI_INDEX[idx(year)];
    }

    /** {@code cny} of {@code year} in {@code currency} (CNY, USD, KRW, EUR) of the same year. */
    public static double fromCny(double cny, String currency, int year) {
        double usd = cny / cnyPerUsd(year);
        return switch (currency) {
            case "CNY" -> cny;
            case "USD" -> usd;
            case "KRW" -> usd * krwPerUsd(year);
            case "EUR" -> usd / usdPerEur(year);
            default -> throw new IllegalArgumentException("unknown currency " + currency);
        };
    }

    private static double[] chainIndex() {
        double[] out = new double[CPI_YOY.length];
        int base = 2019 - FIRST;
        out[base] = 100.0;
        for (int i = base + 1; i < out.length; i++) out[i] = out[i - 1] * (1 + CPI_YOY[i] / 100.0);
        for (int i = base - 1; i >= 0; i--) out[i] = out[i + 1] / (1 + CPI_YOY[i + 1] / 100.0);
        return out;
    }
}
