package org.uncounted.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * G2 by exhaustive integer search, independent of any LP: for small two-way tables protected
 * with exact (unrounded) published values, enumerate every non-negative integer table consistent
 * with all published cells and margins, and check each hidden interior cell can take values
 * spanning at least the protection width.
 */
class IntegerAttackTest {
    private static final long SEED = 424242L;

    @Test
    void exhaustiveSearch_smallTables_everyHiddenCellSpansTheProtectionWidth() {
        System.out.println("seed: " + SEED);
        SplittableRandom r = new SplittableRandom(SEED);
        DisclosurePolicy exact = DisclosurePolicy.DEFAULT.withRoundingBase(1);
        Dimension rows = Dimension.of("province", "a", "b", "c");
        Dimension cols = Dimension.of("year", "x", "y", "z");
        int searched = 0;
        for (int trial = 0; trial < 60; trial++) {
            long[][] c = new long[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    c[i][j] = r.nextInt(3) == 0 ? r.nextInt(11) : 11 + r.nextInt(15);
                }
            }
            PublishedTable t = DisclosureControl.create(new InMemoryBudgetLedger(), DisclosureAuditSink.NONE)
                    .apply(Release.of("ds", "t" + trial, CountTable.twoWay("t", rows, cols, c)), exact)
                    .table("t");
            long hidden = 0;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    hidden += t.cell(i, j).suppressed() ? 1 : 0;
                }
            }
            if (hidden == 0 || hidden > 6) {
                continue;
            }
            searched++;
            long[] min = new long[9];
            long[] max = new long[9];
            java.util.Arrays.fill(min, Long.MAX_VALUE);
            java.util.Arrays.fill(max, Long.MIN_VALUE);
            long[][] x = new long[3][3];
            long cap = t.grandTotal().suppressed() ? 200 : t.grandTotal().value();
            search(t, x, 0, cap, min, max);
            for (int k = 0; k < 9; k++) {
                if (t.cell(k / 3, k % 3).suppressed()) {
                    assertThat(max[k] - min[k])
                            .as("trial %d cell %d: values %d..%d", trial, k, min[k], max[k])
                            .isGreaterThanOrEqualTo(exact.protectionWidth());
                    assertThat(c[k / 3][k % 3]).isBetween(min[k], max[k]);
                }
            }
        }
        System.out.println("tables searched exhaustively: " + searched);
        assertThat(searched).isGreaterThan(10);
    }

    private static void search(PublishedTable t, long[][] x, int k, long cap, long[] min, long[] max) {
        if (k == 9) {
            if (consistent(t, x)) {
                for (int i = 0; i < 9; i++) {
                    min[i] = Math.min(min[i], x[i / 3][i % 3]);
                    max[i] = Math.max(max[i], x[i / 3][i % 3]);
                }
            }
            return;
        }
        int i = k / 3;
        int j = k % 3;
        PublishedCell cell = t.cell(i, j);
        if (!cell.suppressed()) {
            x[i][j] = cell.value();
            if (rowPrefixOk(t, x, i, j)) {
                search(t, x, k + 1, cap, min, max);
            }
            return;
        }
        for (long v = 0; v <= cap; v++) {
            x[i][j] = v;
            if (overshoots(t, x, i, j)) {
                break; // larger values only overshoot further
            }
            if (rowPrefixOk(t, x, i, j)) {
                search(t, x, k + 1, cap, min, max);
            }
        }
    }

    private static boolean overshoots(PublishedTable t, long[][] x, int i, int j) {
        long row = 0;
        for (int q = 0; q <= j; q++) {
            row += x[i][q];
        }
        long col = 0;
        for (int p = 0; p <= i; p++) {
            col += x[p][j];
        }
        return (!t.rowTotal(i).suppressed() && row > t.rowTotal(i).value())
                || (!t.columnTotal(j).suppressed() && col > t.columnTotal(j).value());
    }

    /** Partial sums may not exceed published row and column totals; a completed row must match. */
    private static boolean rowPrefixOk(PublishedTable t, long[][] x, int i, int j) {
        long row = 0;
        for (int q = 0; q <= j; q++) {
            row += x[i][q];
        }
        PublishedCell rt = t.rowTotal(i);
        if (!rt.suppressed() && (row > rt.value() || (j == 2 && row != rt.value()))) {
            return false;
        }
        long col = 0;
        for (int p = 0; p <= i; p++) {
            col += x[p][j];
        }
        PublishedCell ct = t.columnTotal(j);
        return ct.suppressed() || col <= ct.value();
    }

    private static boolean consistent(PublishedTable t, long[][] x) {
        long grand = 0;
        for (int j = 0; j < 3; j++) {
            long col = x[0][j] + x[1][j] + x[2][j];
            grand += col;
            if (!t.columnTotal(j).suppressed() && col != t.columnTotal(j).value()) {
                return false;
            }
        }
        return t.grandTotal().suppressed() || grand == t.grandTotal().value();
    }
}
