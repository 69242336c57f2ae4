package org.uncounted.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded generator of random releases for the property tests: 1–3 tables sharing dimensions. */
final class RandomReleases {
    private final SplittableRandom random;

    RandomReleases(long seed) {
        this.random = new SplittableRandom(seed);
    }

    Release next(int index) {
        Dimension province = dimension("province", 2 + random.nextInt(4));
        Dimension year = dimension("year", 2 + random.nextInt(4));
        Dimension type = dimension("type", 2 + random.nextInt(3));
        List<CountTable> tables = new ArrayList<>();
        tables.add(CountTable.twoWay("by_province_year", province, year, counts(province.size(), year.size())));
        if (random.nextBoolean()) {
            // a one-way table over the same persons: its cells are the row margins above
            long[][] a = tables.get(0).counts();
            long[] margins = new long[province.size()];
            for (int i = 0; i < a.length; i++) {
                for (long v : a[i]) {
                    margins[i] += v;
                }
            }
            tables.add(CountTable.oneWay("by_province", province, margins));
        }
        if (random.nextInt(3) == 0) {
            // another universe, so that its margins need not agree with the first table
            tables.add(CountTable.twoWay("by_province_type", province, type, counts(province.size(), type.size()))
                    .inUniverse("spells"));
        }
        if (random.nextInt(4) == 0) {
            tables.add(CountTable.oneWay("by_type", type, counts(1, type.size())[0])
                    .inUniverse("events"));
        }
        return new Release("ds-prop", "rel-" + index, tables);
    }

    private Dimension dimension(String name, int size) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            labels.add(name + i);
        }
        return new Dimension(name, labels);
    }

    private long[][] counts(int rows, int cols) {
        long[][] c = new long[rows][cols];
        int style = random.nextInt(3);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c[i][j] = switch (style) {
                    case 0 -> random.nextInt(11); // all small
                    case 1 -> random.nextInt(4) == 0 ? random.nextInt(11) : 11 + random.nextInt(60);
                    default -> random.nextInt(50);
                };
            }
        }
        return c;
    }
}
