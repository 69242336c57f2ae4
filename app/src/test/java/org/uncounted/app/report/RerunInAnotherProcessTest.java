package org.uncounted.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.security.keys.KdfParameters;
import org.uncounted.simulate.SimulationProgress;
import org.uncounted.simulate.SimulationSettings;
import org.uncounted.simulate.Simulator;
import org.uncounted.store.CaseStore;
import org.uncounted.store.Progress;

/**
 * A release is reproduced by {@code uncounted report rerun} in a fresh JVM, not only in the process that
 * made it: hash-map iteration order, string hashing and thread scheduling differ between processes,
 * and a figure that depends on them would pass an in-process rerun and fail a real one.
 */
class RerunInAnotherProcessTest {
    static final long SEED = 20_261_129L;
    static final String PASS = "a long test passphrase";

    @TempDir
    Path dir;

    @Test
    void rerun_inAFreshJvm_reproducesTheReleaseBitForBit() throws Exception {
        System.out.println("RerunInAnotherProcessTest seed " + SEED);
        Path sim = dir.resolve("simulation");
        Simulator.run(SimulationSettings.of(2_000, SEED), sim, SimulationProgress.NONE);
        Path manifest = dir.resolve("out/report.release.properties");
        try (CaseStore store =
                CaseStore.createEmbedded(dir.resolve("store"), PASS.toCharArray(), KdfParameters.forTestsOnly())) {
            try (Stream<Path> s = Files.list(sim.resolve("organisations"))) {
                for (Path f :
                        s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    store.asOperator().importJson(f, null, Progress.NONE);
                }
            }
            HeadlineSettings settings = new HeadlineSettings(LocalDate.of(2030, 1, 1), SEED, 2, 50, 1_000, 11, 0.95)
                    .withEpsilon(new java.math.BigDecimal("1"));
            Headline h = HeadlineReport.compute(store.asOperator(), settings);
            HeadlineReport.write(h, dir.resolve("out/report.html"), null, "test-version");
        }
        Path pass = Files.writeString(dir.resolve("pass"), PASS + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.uncounted.app.Main",
                        "report",
                        "rerun",
                        "--data",
                        dir.resolve("store").toString(),
                        "--passphrase-file",
                        pass.toString(),
                        manifest.toString()))
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("data snapshot: identical").contains("identical, bit for bit");
    }
}
