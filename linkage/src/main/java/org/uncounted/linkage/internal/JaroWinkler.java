package org.uncounted.linkage.internal;

/**
 * Jaro–Winkler similarity (Winkler 1990; prefix scale 0.1, at most 4 prefix characters) on
 * {@code char[]} without allocation beyond two reusable flag arrays. Agrees with commons-text's
 * {@code JaroWinklerSimilarity}, the oracle in the tests.
 */
public final class JaroWinkler {
    private boolean[] flagsA = new boolean[64];
    private boolean[] flagsB = new boolean[64];

    public double similarity(char[] a, char[] b) {
        int la = a.length, lb = b.length;
        if (la == 0 && lb == 0) return 1.0;
        if (la == 0 || lb == 0) return 0.0;
        if (flagsA.length < la) flagsA = new boolean[la * 2];
        if (flagsB.length < lb) flagsB = new boolean[lb * 2];
        java.util.Arrays.fill(flagsA, 0, la, false);
        java.util.Arrays.fill(flagsB, 0, lb, false);
        int range = Math.max(0, Math.max(la, lb) / 2 - 1);
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int lo = Math.max(0, i - range), hi = Math.min(lb - 1, i + range);
            for (int j = lo; j <= hi; j++) {
                if (!flagsB[j] && a[i] == b[j]) {
                    flagsA[i] = true;
                    flagsB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0.0;
        int t = 0;
        for (int i = 0, j = 0; i < la; i++) {
            if (!flagsA[i]) continue;
            while (!flagsB[j]) j++;
            if (a[i] != b[j]) t++;
            j++;
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - t / 2.0) / m) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(la, lb)) && a[i] == b[i]; i++) prefix++;
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }
}
