package org.uncounted.simulate;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Simulation throughput for docs/benchmarks.md (not a test). Usage: {@code SimulateBenchmark
 * WOMEN OUT_DIR [THREADS]}; run with {@code -Xmx1g}. Prints wall time, process CPU time, women and
 * records per second, and the peak heap after GC (sum of the heap pools' collection peaks).
 */
public final class SimulateBenchmark {
    private SimulateBenchmark() {}

    public static void main(String[] args) {
        long women = Long.parseLong(args[0]);
        Path out = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        SimulationSummary s =
                Simulator.run(SimulationSettings.of(women, 1).withThreads(threads), out, SimulationProgress.NONE);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        long records = s.organisations().stream()
                .mapToLong(SimulationSummary.Organisation::records)
                .sum();
        long peak = 0;
        long used = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() != MemoryType.HEAP) continue;
            if (p.getCollectionUsage() != null) peak += p.getPeakUsage().getUsed();
            used += p.getUsage().getUsed();
        }
        System.out.printf(
                Locale.ROOT,
                "women %,d  records %,d  threads %d  max heap %d MiB%n"
                        + "wall %.1f s  (%,.0f women/s, %,.0f records/s)%n"
                        + "process CPU %.1f s  (%,.0f women per CPU-second, %,.0f records per CPU-second)%n"
                        + "peak heap (sum of pool peaks) %d MiB, in use at end %d MiB%n",
                women,
                records,
                threads,
                Runtime.getRuntime().maxMemory() >> 20,
                wall,
                women / wall,
                records / wall,
                cpu,
                women / cpu,
                records / cpu,
                peak >> 20,
                used >> 20);
    }
}
