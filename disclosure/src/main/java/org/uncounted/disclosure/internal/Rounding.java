package org.uncounted.disclosure.internal;

/**
 * Conventional rounding to the nearest multiple of a base (half up): base 5 sends 0–2 down and
 * 3–4 up. Deterministic, so a re-run reproduces the release, and the adversary learns only that
 * the true value lies in [v − ⌊b/2⌋, v + b − 1 − ⌊b/2⌋].
 */
public final class Rounding {
    private Rounding() {}

    public static long round(long value, int base) {
        return Math.floorDiv(value + base / 2, base) * (long) base;
    }

    public static long lowerPreimage(long shown, int base) {
        return shown - base / 2;
    }

    public static long upperPreimage(long shown, int base) {
        return shown + base - 1 - base / 2;
    }
}
