package org.uncounted.linkage.internal;

import java.util.List;

/**
 * Places compared through a gazetteer: 4 same place (or, unresolved, the same folded string); 3
 * within 25 km; 2 same parent area below the country (prefecture or province); 1 same country, or
 * unresolved strings with Jaro–Winkler ≥ 0.88; 0 else. 연길, Yanji and 延吉 are one place if the
 * gazetteer knows their aliases.
 */
public final class PlaceComparison implements Comparison {
    private static final String[] LABELS = {
        "different", "same country / similar name", "same province", "within 25 km", "same place"
    };
    private final String name;
    private final ValueCodes<PlaceResolver.Resolved> codes;
    private final char[][] folded;
    private final JaroWinkler jw = new JaroWinkler();
    private final PairCache cache = new PairCache(16);

    public PlaceComparison(String name, List<String> values, PlaceResolver resolver) {
        this.name = name;
        this.codes = new ValueCodes<>(values, v -> {
            PlaceResolver.Resolved r = resolver.resolve(v);
            return r != null ? r : new PlaceResolver.Resolved(null, new String[0], Double.NaN, Double.NaN);
        });
        java.util.Map<Integer, String> rawByCode = new java.util.HashMap<>();
        for (int i = 0; i < values.size(); i++)
            if (codes.codeOf[i] >= 0) rawByCode.putIfAbsent(codes.codeOf[i], values.get(i));
        folded = new char[codes.features.size()][];
        for (int c = 0; c < folded.length; c++)
            folded[c] = LatinNameComparison.fold(rawByCode.get(c)).toCharArray();
    }

    private PlaceComparison(PlaceComparison o) {
        name = o.name;
        codes = o.codes;
        folded = o.folded;
    }

    @Override
    public Comparison copy() {
        return new PlaceComparison(this);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int levelCount() {
        return 5;
    }

    @Override
    public String levelLabel(int level) {
        return LABELS[level];
    }

    @Override
    public int level(int a, int b) {
        int ca = codes.codeOf[a], cb = codes.codeOf[b];
        if (ca < 0 || cb < 0) return NULL;
        if (ca == cb) return 4;
        long key = PairCache.key(ca, cb);
        int hit = cache.get(key);
        if (hit != Integer.MIN_VALUE) return hit;
        int l = compute(ca, cb);
        cache.put(key, l);
        return l;
    }

    /** The level of two distinct place values (cached per value pair by {@link #level}). */
    private int compute(int ca, int cb) {
        PlaceResolver.Resolved x = codes.features.get(ca), y = codes.features.get(cb);
        if (x.id() == null || y.id() == null) {
            return jw.similarity(folded[ca], folded[cb]) >= 0.88 ? 1 : 0;
        }
        if (x.id().equals(y.id())) return 4;
        if (!Double.isNaN(x.lat()) && !Double.isNaN(y.lat()) && km(x, y) <= 25) return 3;
        String[] ax = x.ancestors(), ay = y.ancestors();
        for (int i = 0; i < ax.length - 1; i++) {
            for (int j = 0; j < ay.length - 1; j++) if (ax[i].equals(ay[j])) return 2;
            if (ax[i].equals(y.id())) return 2;
        }
        for (int j = 0; j < ay.length - 1; j++) if (ay[j].equals(x.id())) return 2;
        if (ax.length > 0 && ay.length > 0 && ax[ax.length - 1].equals(ay[ay.length - 1])) return 1;
        return 0;
    }

    static double km(PlaceResolver.Resolved a, PlaceResolver.Resolved b) {
        double p1 = Math.toRadians(a.lat()), p2 = Math.toRadians(b.lat());
        double dp = p2 - p1, dl = Math.toRadians(b.lon() - a.lon());
        double h =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(h));
    }

    @Override
    public long sortKey(int record) {
        int c = codes.codeOf[record];
        if (c < 0) return 0;
        PlaceResolver.Resolved r = codes.features.get(c);
        return (r.id() != null ? r.id().hashCode() : new String(folded[c]).hashCode()) & 0xFFFF;
    }

    @Override
    public long[] keys(int record, BlockKey kind) {
        int c = codes.codeOf[record];
        if (c < 0 || kind != BlockKey.PLACE) return EMPTY;
        PlaceResolver.Resolved r = codes.features.get(c);
        if (r.id() != null) return new long[] {r.id().hashCode() * 31L + 1};
        String f = new String(folded[c]);
        if (f.length() < 4) return new long[] {f.hashCode()};
        // unresolved: the string and its first and last three letters, so one typo still blocks
        return new long[] {
            f.hashCode(),
            f.substring(0, 3).hashCode() * 131L + 11,
            f.substring(f.length() - 3).hashCode() * 137L + 13
        };
    }
}
