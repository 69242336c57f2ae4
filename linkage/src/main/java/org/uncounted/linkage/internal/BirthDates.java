package org.uncounted.linkage.internal;

/** Lenient parsing of dates of birth: YYYY, YYYY-MM, YYYY-MM-DD, YYYYMMDD, YYYY/MM/DD. */
final class BirthDates {
    private BirthDates() {}

    /** {year, month, day}, 0 where unknown; all 0 when unreadable. */
    static int[] parse(String s) {
        int[] out = new int[3];
        if (s == null) return out;
        String t = s.strip();
        String digits = t.replaceAll("[^0-9]", "");
        try {
            if (t.matches("\\d{8}")) {
                out[0] = Integer.parseInt(t.substring(0, 4));
                out[1] = Integer.parseInt(t.substring(4, 6));
                out[2] = Integer.parseInt(t.substring(6, 8));
            } else if (t.matches("\\d{4}([-/.]\\d{1,2}([-/.]\\d{1,2})?)?.*")) {
                String[] p = t.split("[-/.T ]");
                out[0] = Integer.parseInt(p[0]);
                if (p.length > 1) out[1] = Integer.parseInt(p[1]);
                if (p.length > 2) out[2] = Integer.parseInt(p[2]);
            } else if (digits.length() == 4) {
                out[0] = Integer.parseInt(digits);
            }
        } catch (NumberFormatException e) {
            return new int[3];
        }
        if (out[0] < 1800 || out[0] > 2200) return new int[3];
        if (out[1] < 0 || out[1] > 12) out[1] = 0;
        if (out[2] < 0 || out[2] > 31) out[2] = 0;
        return out;
    }

    /** A non-negative int, or -1. */
    static int parseInt(String s) {
        if (s == null) return -1;
        try {
            double d = Double.parseDouble(s.strip());
            return d >= 0 && d < 10000 ? (int) d : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** One digit changed, two adjacent digits swapped, or day and month swapped (YYYYMMDD ints). */
    static boolean oneTypo(int a, int b) {
        if (a / 10000 == b / 10000 && (a % 100) == (b / 100) % 100 && (b % 100) == (a / 100) % 100) return true;
        String x = Integer.toString(a), y = Integer.toString(b);
        if (x.length() != y.length()) return false;
        int first = -1, diffs = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                if (first < 0) first = i;
                diffs++;
            }
        }
        if (diffs == 1) return true;
        return diffs == 2
                && first + 1 < x.length()
                && x.charAt(first) == y.charAt(first + 1)
                && x.charAt(first + 1) == y.charAt(first);
    }
}
