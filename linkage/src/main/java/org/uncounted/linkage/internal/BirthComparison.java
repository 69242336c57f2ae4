package org.uncounted.linkage.internal;

import java.util.List;

/**
 * Birth compared from whatever a record states: a full or partial date of birth, a birth year, or
 * an age with the date it was stated. An age A stated in year Y bounds the birth year to
 * [Y−A−1, Y−A+1]: international age gives Y−A or Y−A−1, Korean age reckoning (counted from 1 at
 * birth, +1 each New Year) gives Y−A+1. A stated birth year is used before an age. Levels: 5 same full date; 4 full dates one typo apart
 * (one digit changed, two adjacent swapped, or day and month swapped); 3 the same stated birth
 * year; 2 birth-year ranges overlap (an age is involved); 1 ranges within two years;
 * 0 else.
 */
public final class BirthComparison implements Comparison {
    private static final String[] LABELS = {
        "different", "within 2 years", "ranges overlap", "same year", "date typo", "same date"
    };
    private final String name;
    private final int[] lo, hi, date, year;

    public BirthComparison(
            String name, List<String> dates, List<String> years, List<String> ages, List<String> ageAts) {
        this.name = name;
        int n = dates.size();
        lo = new int[n];
        hi = new int[n];
        date = new int[n];
        year = new int[n];
        for (int i = 0; i < n; i++) {
            int[] d = BirthDates.parse(dates.get(i));
            date[i] = d[1] > 0 && d[2] > 0 ? d[0] * 10000 + d[1] * 100 + d[2] : -1;
            int y = d[0] > 0 ? d[0] : BirthDates.parseInt(years.get(i));
            if (y > 0) lo[i] = hi[i] = year[i] = y;
            int age = BirthDates.parseInt(ages.get(i));
            int at = BirthDates.parse(ageAts.get(i))[0];
            if (age >= 0 && at > 0 && y <= 0) {
                lo[i] = at - age - 1;
                hi[i] = at - age + 1;
            }
        }
    }

    private BirthComparison(BirthComparison o) {
        name = o.name;
        lo = o.lo;
        hi = o.hi;
        date = o.date;
        year = o.year;
    }

    @Override
    public Comparison copy() {
        return new BirthComparison(this);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int levelCount() {
        return 6;
    }

    @Override
    public String levelLabel(int level) {
        return LABELS[level];
    }

    @Override
    public int level(int a, int b) {
        if (lo[a] == 0 || lo[b] == 0) return NULL;
        if (date[a] > 0 && date[b] > 0) {
            if (date[a] == date[b]) return 5;
            if (BirthDates.oneTypo(date[a], date[b])) return 4;
        }
        if (year[a] > 0 && year[a] == year[b]) return 3;
        int gap = Math.max(lo[a], lo[b]) - Math.min(hi[a], hi[b]);
        return gap <= 0 ? 2 : gap <= 2 ? 1 : 0;
    }

    @Override
    public long sortKey(int record) {
        return lo[record];
    }

    @Override
    public long[] keys(int record, BlockKey kind) {
        if (lo[record] == 0) return EMPTY;
        if (kind == BlockKey.BIRTH_DATE) return date[record] > 0 ? new long[] {date[record]} : EMPTY;
        if (kind != BlockKey.BIRTH_YEAR) return EMPTY;
        long[] out = new long[hi[record] - lo[record] + 1];
        for (int y = lo[record]; y <= hi[record]; y++) out[y - lo[record]] = y;
        return out;
    }
}
