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
 * (simulation output and store; reused if the simulation is already there), {@code --warmup}
 * (import everything once into a throw-away store first, so the figures exclude JIT warm-up: for
 * the quick loop on small populations, not for the recorded 1M figure), {@code --keep} (do not
 * delete the store afterwards).
 *
 * <p>Besides wall time it reports process CPU time (all threads), and how much of it went to the
 * JIT compiler and the garbage collector, since the machine is shared and wall time alone says
 * little.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {}

    public static void main(String[] args) throws IOException {
        long women = 1_000_000;
        long seed = 1;
        Path work = Path.of("bench-out");
        boolean warmup = false;
        boolean keep = false;
        for (int i = 0; i < args.length; i += 2) {
            if (args[i].equals("--warmup") || args[i].equals("--keep")) {
                warmup |= args[i].equals("--warmup");
                keep |= args[i].equals("--keep");
                i--;
                continue;
            }
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
        if (warmup) {
            System.out.println("warm-up pass (not measured):");
            run(work, files, false);
        }
        run(work, files, keep);
    }

    private static void run(Path work, List<Path> files, boolean keep) throws IOException {
        Path storeDir = work.resolve("store-" + System.currentTimeMillis());
        long t0 = System.nanoTime();
        long records = 0;
        try (CaseStore store = CaseStore.createEmbedded(storeDir, "benchmark passphrase".toCharArray())) {
            double unlock = (System.nanoTime() - t0) / 1e9;
            System.out.printf("store created (Argon2id unlock included) in %.2f s%n", unlock);
            long tImport = System.nanoTime();
            long cpu0 = processCpuNanos();
            long jit0 = jitMillis();
            long gc0 = gcMillis();
            long[] io0 = ioBytes();
            double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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
            double jit = (jitMillis() - jit0) / 1e3;
            double gc = (gcMillis() - gc0) / 1e3;
            System.out.printf(
                    "import used %.1f CPU-seconds (all threads): %,.0f records per CPU-second;"
                            + " of which JIT compiler %.1f s, GC %.1f s (wall, approximate; collectors %s);"
                            + " load average %.1f at start, %.1f at end, on %d cores%n",
                    cpu,
                    records / cpu,
                    jit,
                    gc,
                    ManagementFactory.getGarbageCollectorMXBeans().stream()
                            .map(java.lang.management.GarbageCollectorMXBean::getName)
                            .toList(),
                    load0,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            long[] io1 = ioBytes();
            if (io0 != null && io1 != null) {
                System.out.printf(
                        "bytes the process read %,d MiB and wrote %,d MiB (/proc/self/io)%n",
                        (io1[0] - io0[0]) >> 20, (io1[1] - io0[1]) >> 20);
            }
            System.out.println("disk space per table (H2 DISK_SPACE_USED, MiB):");
            store.inTransaction(h -> {
                for (String t : h.createQuery("SELECT table_name FROM information_schema.tables"
                                + " WHERE table_schema = 'public' ORDER BY table_name")
                        .mapTo(String.class)
                        .list()) {
                    long used = h.createQuery("SELECT DISK_SPACE_USED('" + t + "')")
                            .mapTo(Long.class)
                            .one();
                    if (used >= 1 << 20) System.out.printf("  %-28s %,8d%n", t, used >> 20);
                }
                return null;
            });
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
        System.out.printf(
                "store file after close (compacted for at most MAX_COMPACT_TIME): %,d MiB%n",
                Files.size(storeDir.resolve("cases.mv.db")) >> 20);
        if (!keep) {
            H2FloorBenchmark.delete(storeDir);
        }
    }

    /** {rchar, wchar} of this process (Linux), or null elsewhere. */
    static long[] ioBytes() {
        try {
            long[] out = new long[2];
            for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
                if (line.startsWith("rchar:"))
                    out[0] = Long.parseLong(line.substring(6).trim());
                if (line.startsWith("wchar:"))
                    out[1] = Long.parseLong(line.substring(6).trim());
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    static long gcMillis() {
        long t = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) t += Math.max(0, gc.getCollectionTime());
        return t;
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
