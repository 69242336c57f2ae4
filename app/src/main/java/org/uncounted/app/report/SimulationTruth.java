package org.uncounted.app.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The truth of a synthetic population (never available for real data), to show how far estimates
 * and published-style figures sit from it: women, the share ever trafficked, and the shares of the
 * first exploitation type among the trafficked.
 *
 * @param women women simulated
 * @param everTrafficked of them trafficked
 * @param firstTypeShares first exploitation type (prostitution, forced_marriage, cybersex, other) → share
 */
public record SimulationTruth(long women, long everTrafficked, Map<String, Double> firstTypeShares) {

    /** Reads {@code truth/persons.csv} and {@code truth/trajectories.csv} of a simulation directory. */
    public static SimulationTruth read(Path simulationDir) {
        try {
            long women = 0;
            long trafficked = 0;
            try (BufferedReader in =
                    Files.newBufferedReader(simulationDir.resolve("truth/persons.csv"), StandardCharsets.UTF_8)) {
                int col = List.of(in.readLine().split(",", -1)).indexOf("ever_trafficked");
                for (String l = in.readLine(); l != null; l = in.readLine()) {
                    if (l.isBlank()) continue;
                    women++;
                    if (l.split(",", -1)[col].equals("1")) trafficked++;
                }
            }
            Map<String, String> first = new HashMap<>();
            try (BufferedReader in =
                    Files.newBufferedReader(simulationDir.resolve("truth/trajectories.csv"), StandardCharsets.UTF_8)) {
                List<String> h = List.of(in.readLine().split(",", -1));
                int person = h.indexOf("person_id");
                int event = h.indexOf("event");
                int type = h.indexOf("exploitation");
                for (String l = in.readLine(); l != null; l = in.readLine()) {
                    String[] f = l.split(",", -1);
                    if (f.length > type && !f[type].isEmpty() && f[event].equals("exploitation")) {
                        first.putIfAbsent(f[person], group(f[type]));
                    }
                }
            }
            Map<String, Double> shares = new HashMap<>();
            for (String t : HeadlineAnalysis.TYPES) {
                long n = first.values().stream().filter(t::equals).count();
                shares.put(t, first.isEmpty() ? Double.NaN : (double) n / first.size());
            }
            return new SimulationTruth(women, trafficked, shares);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String group(String type) {
        String t = type.toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("prostitution")) return "prostitution";
        if (t.startsWith("marriage") || t.startsWith("forced_marriage")) return "forced_marriage";
        if (t.startsWith("cybersex")) return "cybersex";
        return "other";
    }
}
