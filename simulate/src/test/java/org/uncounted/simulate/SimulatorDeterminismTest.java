package org.uncounted.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorDeterminismTest {
    private static final long SEED = 7;

    @TempDir
    Path tmp;

    @Test
    void run_sameSeedOneOrTwoThreads_writesByteIdenticalFiles() throws IOException {
        System.out.println("seed " + SEED);
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Simulator.run(SimulationSettings.of(3_000, SEED).withThreads(1), a, SimulationProgress.NONE);
        Simulator.run(SimulationSettings.of(3_000, SEED).withThreads(2), b, SimulationProgress.NONE);
        List<Path> files = files(a);
        assertThat(files).hasSizeGreaterThanOrEqualTo(14);
        assertThat(files(b)).isEqualTo(files);
        for (Path f : files) {
            assertThat(Files.mismatch(a.resolve(f), b.resolve(f)))
                    .as(f.toString())
                    .isEqualTo(-1L);
        }
    }

    @Test
    void run_differentSeed_writesDifferentTruthAndRecords() throws IOException {
        Path a = tmp.resolve("a");
        Path c = tmp.resolve("c");
        Simulator.run(SimulationSettings.of(1_000, SEED), a, SimulationProgress.NONE);
        Simulator.run(SimulationSettings.of(1_000, SEED + 1), c, SimulationProgress.NONE);
        for (String f : List.of("truth/trajectories.csv", "linkage/records.csv", "summary.json")) {
            assertThat(Files.mismatch(a.resolve(f), c.resolve(f))).as(f).isNotEqualTo(-1L);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
