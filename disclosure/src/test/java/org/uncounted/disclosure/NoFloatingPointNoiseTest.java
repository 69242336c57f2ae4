package org.uncounted.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** privacy-security.md §7 G4: no floating-point or non-cryptographic randomness in the DP code. */
class NoFloatingPointNoiseTest {
    private static final List<String> FORBIDDEN = List.of(
            "java.util.Random", "Math.random", "nextGaussian", "ThreadLocalRandom", "SplittableRandom", "nextDouble");

    @Test
    void mainSources_useNoInsecureOrFloatingPointRandomness() throws IOException {
        Path root = Path.of("src/main/java/org/uncounted/disclosure");
        assertThat(root).isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> java = files.filter(p -> p.toString().endsWith(".java")).toList();
            assertThat(java).hasSizeGreaterThan(10);
            for (Path p : java) {
                String text = Files.readString(p);
                for (String f : FORBIDDEN) {
                    assertThat(text).as(p + " uses " + f).doesNotContain(f);
                }
            }
        }
    }
}
