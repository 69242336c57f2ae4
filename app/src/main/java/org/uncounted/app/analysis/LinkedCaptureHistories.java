package org.uncounted.app.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.uncounted.estimation.CaptureHistories;
import org.uncounted.estimation.StratifiedCaptureHistories;

/**
 * Capture histories of persons × sources: each linked person is one row, with a 1 for every source
 * that recorded her. This is where linkage meets multiple systems estimation: a person recorded twice
 * by the same source is still one capture; two persons wrongly merged become one row (the
 * estimate then goes down), one person wrongly split becomes two (it goes up).
 */
public final class LinkedCaptureHistories {
    private LinkedCaptureHistories() {}

    /**
     * The table over {@code lists} (column order) of the persons in {@code personOfRecord}.
     *
     * @param label where the table came from, for messages
     * @param personOfRecord record id → person id (a linkage or the truth)
     * @param sourceOfRecord record id → source name; records whose source is not in {@code lists}
     *     are ignored
     */
    public static CaptureHistories of(
            String label, List<String> lists, Map<String, String> personOfRecord, Map<String, String> sourceOfRecord) {
        return build(label, lists, patterns(lists, personOfRecord, sourceOfRecord));
    }

    /**
     * The table in total and per stratum; a person's stratum is {@code stratumOfPerson} applied to
     * her person id (for a linked person, e.g. the earliest crossing period among her records).
     */
    public static StratifiedCaptureHistories stratified(
            String label,
            List<String> lists,
            Map<String, String> personOfRecord,
            Map<String, String> sourceOfRecord,
            Function<String, String> stratumOfPerson) {
        Map<String, Integer> patterns = patterns(lists, personOfRecord, sourceOfRecord);
        Map<String, Map<String, Integer>> byStratum = new TreeMap<>();
        patterns.forEach((person, mask) -> {
            String stratum = stratumOfPerson.apply(person);
            if (stratum != null)
                byStratum.computeIfAbsent(stratum, k -> new HashMap<>()).put(person, mask);
        });
        Map<String, CaptureHistories> strata = new TreeMap<>();
        byStratum.forEach((s, p) -> strata.put(s, build(label + " [" + s + "]", lists, p)));
        return new StratifiedCaptureHistories(build(label, lists, patterns), strata);
    }

    private static Map<String, Integer> patterns(
            List<String> lists, Map<String, String> personOfRecord, Map<String, String> sourceOfRecord) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < lists.size(); i++) column.put(lists.get(i), i);
        Map<String, Integer> mask = new HashMap<>();
        personOfRecord.forEach((record, person) -> {
            Integer col = column.get(sourceOfRecord.get(record));
            if (col != null) mask.merge(person, 1 << col, (a, b) -> a | b);
        });
        return mask;
    }

    private static CaptureHistories build(String label, List<String> lists, Map<String, Integer> patterns) {
        long[] cells = new long[1 << lists.size()];
        for (int m : patterns.values()) cells[m]++;
        return CaptureHistories.ofCells(label, new ArrayList<>(lists), cells);
    }
}
