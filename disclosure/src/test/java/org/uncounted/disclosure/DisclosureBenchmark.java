package org.uncounted.disclosure;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Prints timings for docs/benchmarks.md (not a test). Run after {@code mvn -pl disclosure install}:
 * {@code java -cp disclosure/target/classes:disclosure/target/test-classes org.uncounted.disclosure.DisclosureBenchmark}
 */
public final class DisclosureBenchmark {
    private DisclosureBenchmark() {}

    public static void main(String[] args) {
        UniformSource u = UniformSource.deterministic("benchmark-seed-0001".getBytes(StandardCharsets.UTF_8));
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            int n = 200_000;
            for (int i = 0; i < n; i++) {
                ExactNoise.discreteLaplace(BigDecimal.ONE, u);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                ExactNoise.discreteGaussian(BigInteger.TEN, BigInteger.ONE, u);
            }
            long t2 = System.nanoTime();
            System.out.printf(
                    "round %d: discrete Laplace ε=1: %.0f samples/s; discrete Gaussian σ²=10: %.0f samples/s%n",
                    round, n / ((t1 - t0) / 1e9), n / ((t2 - t1) / 1e9));
        }
        for (int[] shape : new int[][] {{5, 5}, {10, 12}, {17, 14}, {25, 20}}) {
            SplittableRandom r = new SplittableRandom(shape[0] * 100L + shape[1]);
            Release rel = release(shape[0], shape[1], r);
            DisclosureControl c = DisclosureControl.create(new InMemoryBudgetLedger(), DisclosureAuditSink.NONE);
            long t0 = System.nanoTime();
            PublishedRelease out = c.apply(rel, DisclosurePolicy.DEFAULT);
            long t1 = System.nanoTime();
            boolean passed =
                    DisclosureControl.check(out, DisclosurePolicy.DEFAULT).passed();
            long t2 = System.nanoTime();
            long cells = out.tables().stream()
                    .mapToLong(t -> t.grid().stream().mapToLong(List::size).sum())
                    .sum();
            System.out.printf(
                    "release %dx%d + one-way table: %d cells, %d primary, %d complementary, %d shared; apply %.2f s,"
                            + " check (LP on rounded values) %.2f s, passed %s%n",
                    shape[0],
                    shape[1],
                    cells,
                    out.record().count(SuppressedCell.Reason.PRIMARY),
                    out.record().count(SuppressedCell.Reason.COMPLEMENTARY),
                    out.record().count(SuppressedCell.Reason.SHARED),
                    (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9,
                    passed);
        }
    }

    private static Release release(int rows, int cols, SplittableRandom r) {
        List<String> rl = new ArrayList<>();
        List<String> cl = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            rl.add("p" + i);
        }
        for (int j = 0; j < cols; j++) {
            cl.add("y" + j);
        }
        Dimension rd = new Dimension("province", rl);
        long[][] c = new long[rows][cols];
        long[] margins = new long[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c[i][j] = r.nextInt(5) == 0 ? r.nextInt(11) : 11 + r.nextInt(90);
                margins[i] += c[i][j];
            }
        }
        return Release.of(
                "bench",
                "b" + rows + "x" + cols,
                CountTable.twoWay("by_province_year", rd, new Dimension("year", cl), c),
                CountTable.oneWay("by_province", rd, margins));
    }
}
