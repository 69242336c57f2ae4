package org.uncounted.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import org.uncounted.model.Case;

/**
 * Measures JSON write and read (validate + decode) throughput on synthetic cases. Not a unit test:
 * run it as described in docs/benchmarks.md (formats section). Args: number of cases (default
 * 200000), output file (default a temp file).
 */
public final class CaseJsonBenchmark {
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private CaseJsonBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("uncounted-bench", ".json");
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        try (CaseJsonWriter w = CaseJsonWriter.open(file, SyntheticCases.SOURCE)) {
            for (int i = 0; i < n; i++) {
                w.write(i % 2 == 0 ? SyntheticCases.rich(i) : SyntheticCases.minimal(i));
            }
        }
        double writeS = (System.nanoTime() - t0) / 1e9;
        double writeCpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
        long bytes = Files.size(file);
        for (int round = 0; round < 2; round++) {
            long t1 = System.nanoTime();
            long c1 = CPU.getCurrentThreadCpuTime();
            long[] events = {0};
            CaseFileReport r = CaseJsonReader.standard()
                    .read(file, (Case c, long line) -> events[0] += c.events().size());
            double readS = (System.nanoTime() - t1) / 1e9;
            double cpuS = (CPU.getCurrentThreadCpuTime() - c1) / 1e9;
            Runtime rt = Runtime.getRuntime();
            System.out.printf(
                    "round %d: read %,d cases (%,d events, %,d MB): wall %.2f s = %,.0f cases/s, CPU %.2f s = %,.0f cases/s;"
                            + " errors %d; heap used %,d MB (max %,d MB)%n",
                    round,
                    r.validCases(),
                    events[0],
                    bytes >> 20,
                    readS,
                    r.validCases() / readS,
                    cpuS,
                    r.validCases() / cpuS,
                    r.totalErrors(),
                    (rt.totalMemory() - rt.freeMemory()) >> 20,
                    rt.maxMemory() >> 20);
        }
        System.out.printf(
                "write (including building the synthetic cases): %,d cases in %.2f s wall, CPU %.2f s = %,.0f cases/s%n",
                n, writeS, writeCpu, n / writeCpu);
        if (args.length < 2) {
            Files.delete(file);
        }
    }
}
