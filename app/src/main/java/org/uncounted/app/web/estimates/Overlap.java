package org.uncounted.app.web.estimates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.uncounted.app.web.cases.Testimony;

/**
 * Which sources saw each person: the capture history behind the overlap (UpSet) chart and the multiple
 * systems estimates. Persons come from the latest linkage run (case → person); before any run, each case
 * counts as its own person.
 */
public record Overlap(
        List<String> sources, Map<Integer, Long> patternCounts, Map<String, Map<Integer, Long>> byStratum) {
    /** The stratum of a case for stratified estimates: crossing period. */
    static String stratum(Testimony t) {
        Integer y = t.firstYear();
        return y == null ? "unknown" : y < 2012 ? "before-2012" : "2012-on";
    }

    static Overlap of(List<Testimony> cases, Map<String, String> personOf, Function<Testimony, String> stratum) {
        TreeSet<String> sourceSet = new TreeSet<>();
        cases.forEach(t -> sourceSet.add(source(t)));
        List<String> sources = new ArrayList<>(sourceSet);
        if (sources.size() > 16) {
            sources = sources.subList(0, 16);
        }
        Map<String, Integer> bit = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            bit.put(sources.get(i), 1 << i);
        }
        Map<String, Integer> maskOf = new HashMap<>();
        Map<String, String> stratumOf = new HashMap<>();
        for (Testimony t : cases) {
            Integer b = bit.get(source(t));
            if (b == null) {
                continue;
            }
            String person = personOf.getOrDefault(t.id(), t.id());
            maskOf.merge(person, b, (x, y) -> x | y);
            stratumOf.putIfAbsent(person, stratum.apply(t));
        }
        Map<Integer, Long> counts = new TreeMap<>();
        Map<String, Map<Integer, Long>> strata = new TreeMap<>();
        maskOf.forEach((person, mask) -> {
            counts.merge(mask, 1L, Long::sum);
            strata.computeIfAbsent(stratumOf.get(person), k -> new TreeMap<>()).merge(mask, 1L, Long::sum);
        });
        return new Overlap(List.copyOf(sources), counts, strata);
    }

    private static String source(Testimony t) {
        return t.sourceId() == null ? "unknown" : t.sourceId();
    }

    /** Cell counts indexed by pattern mask, as the estimation module takes them. */
    static long[] cells(int lists, Map<Integer, Long> counts) {
        long[] c = new long[1 << lists];
        counts.forEach((mask, n) -> c[mask] = n);
        return c;
    }
}
