package org.uncounted.linkage.internal;

/**
 * A name read into the Hangul pivot space: candidate surname keys, candidate given-name key
 * sequences ({@code givenPrecise} from Hangul, Hanja or Korean romanizations; {@code givenBroad}
 * adds readings through pinyin, which are many), and a folded Latin form for string comparison
 * when no Korean reading exists. All arrays are sorted packed sequences ({@link SyllableKey}).
 */
public record NameReading(long[] surnames, long[] givenPrecise, long[] givenBroad, String latin) {
    public static final NameReading EMPTY = new NameReading(new long[0], new long[0], new long[0], "");

    /** True if the name has a reading in the pivot space (a surname or a given name). */
    public boolean hasPivot() {
        return surnames.length > 0 || givenPrecise.length > 0 || givenBroad.length > 0;
    }

    /** The first (smallest) full-name key, for blocking and frequency tables; 0 if none. */
    public long primaryKey() {
        long s = surnames.length > 0 ? surnames[0] : 0;
        long g = givenPrecise.length > 0 ? givenPrecise[0] : givenBroad.length > 0 ? givenBroad[0] : 0;
        return s * 0x9E3779B97F4A7C15L + g;
    }

    @Override
    public String toString() {
        return "NameReading[redacted]";
    }
}
