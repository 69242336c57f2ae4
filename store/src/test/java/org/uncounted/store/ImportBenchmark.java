package org.uncounted.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.uncounted.simulate.SimulationProgress;
import org.uncounted.simulate.SimulationSettings;
import org.uncounted.simulate.Simulator;

/**
 * Issue 2 item 10: simulate N women, then import every organisation's file into a fresh embedded
 * store (production key derivation, encryption on) and report records/s and peak heap. Not a unit
 * test: run it as a main (command in docs/benchmarks.md).
 *
 * <p>Arguments: {@code --women N} (default 1,000,000), {@code --seed S} (1), {@code --work DIR}
 * (simulation output and store; reused if the simulation is already there).
 */
public final class ImportBenchmark {
    private ImportBenchmark() {}

    public static void main(String[] args) throws IOException {
        long women = 1_000_000;
        long seed = 1;
        Path work = Path.of("bench-out");
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--women" -> women = Long.parseLong(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path sim = work.resolve("simulation-" + women + "-" + seed);
        Path orgs = sim.resolve("organisations");
        if (!Files.isDirectory(orgs)) {
            long t0 = System.nanoTime();
            Simulator.run(SimulationSettings.of(women, seed), sim, SimulationProgress.NONE);
            System.out.printf("simulated %,d women in %.1f s%n", women, (System.nanoTime() - t0) / 1e9);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(orgs)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Path storeDir = work.resolve("store-" + System.currentTimeMillis());
        long t0 = System.nanoTime();
        long records = 0;
        try (CaseStore store = CaseStore.createEmbedded(storeDir, "benchmark passphrase".toCharArray())) {
            double unlock = (System.nanoTime() - t0) / 1e9;
            System.out.printf("store created (Argon2id unlock included) in %.2f s%n", unlock);
            long tImport = System.nanoTime();
            long cpu0 = processCpuNanos();
            for (Path f : files) {
                long t = System.nanoTime();
                ImportReport r = store.asOperator().importJson(f, null, Progress.NONE);
                records += r.read();
                System.out.printf(
                        "  %-40s %9d records %8.0f records/s%n",
                        f.getFileName(), r.read(), r.read() / ((System.nanoTime() - t) / 1e9));
            }
            double secs = (System.nanoTime() - tImport) / 1e9;
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            System.out.printf(
                    "import used %.1f CPU-seconds (all threads): %,.0f records per CPU-second;"
                            + " load average %.1f on %d cores%n",
                    cpu,
                    records / cpu,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            long bytes = Files.size(storeDir.resolve("cases.mv.db"));
            System.out.printf(
                    "imported %,d records from %d files in %.1f s: %,.0f records/s; peak heap %,d MiB;"
                            + " max heap %,d MiB; store file %,d MiB%n",
                    records,
                    files.size(),
                    secs,
                    records / secs,
                    peakHeapMiB(),
                    Runtime.getRuntime().maxMemory() >> 20,
                    bytes >> 20);
        }
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null)
                peak += pool.getPeakUsage().getUsed();
        }
        return peak >> 20;
    }
}
