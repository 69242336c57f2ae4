package org.uncounted.app.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a simulation knows and real data never does: how many women there were.
 *
 * @param women women simulated
 * @param everTrafficked of them, trafficked at least once
 */
record PopulationTruth(long women, long everTrafficked) {
    static PopulationTruth read(Path personsCsv) {
        try (BufferedReader in = Files.newBufferedReader(personsCsv, StandardCharsets.UTF_8)) {
            List<String> header = List.of(in.readLine().split(",", -1));
            int col = header.indexOf("ever_trafficked");
            if (col < 0) throw new IllegalStateException(personsCsv + ": no ever_trafficked column");
            long women = 0;
            long trafficked = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) continue;
                women++;
                if (line.split(",", -1)[col].equals("1")) trafficked++;
            }
            return new PopulationTruth(women, trafficked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
