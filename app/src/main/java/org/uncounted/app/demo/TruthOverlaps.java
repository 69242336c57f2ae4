package org.uncounted.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairwise overlaps of the documenting organisations as the simulation's ground truth knows them:
 * how many true persons each pair of lists shares. Read from {@code truth/capture_histories.csv}
 * (one 0/1 column per organisation, then {@code count}).
 *
 * @param lists the organisation ids in column order
 * @param persons persons on each list
 * @param shared {@code shared[i][j]}: persons on both list i and list j
 * @param total persons on at least one list
 */
public record TruthOverlaps(List<String> lists, long[] persons, long[][] shared, long total) {

    /** Reads the capture-history table of a simulation's truth folder. */
    public static TruthOverlaps read(Path captureHistoriesCsv) {
        try {
            List<String> lines = Files.readAllLines(captureHistoriesCsv, StandardCharsets.UTF_8);
            String[] header = lines.get(0).split(",", -1);
            int countCol = List.of(header).indexOf("count");
            if (countCol < 2) {
                throw new IllegalStateException(captureHistoriesCsv + ": no 'count' column after the list columns");
            }
            List<String> lists = List.of(header).subList(0, countCol);
            int t = lists.size();
            long[] persons = new long[t];
            long[][] shared = new long[t][t];
            long total = 0;
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                String[] f = line.split(",", -1);
                long n = Long.parseLong(f[countCol]);
                total += n;
                for (int i = 0; i < t; i++) {
                    if (!f[i].equals("1")) continue;
                    persons[i] += n;
                    for (int j = i + 1; j < t; j++) if (f[j].equals("1")) shared[i][j] += n;
                }
            }
            return new TruthOverlaps(new ArrayList<>(lists), persons, shared, total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
