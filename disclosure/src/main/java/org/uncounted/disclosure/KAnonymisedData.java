package org.uncounted.disclosure;

import java.util.Map;

/**
 * Microdata after {@link KAnonymiser}: every combination of quasi-identifier values is shared by at
 * least {@code k} records.
 *
 * @param data the released records
 * @param levels the generalisation level reached by each quasi-identifier (0 = as recorded)
 * @param removedRecords records left out because they stayed in a class smaller than k
 * @param smallestClass the smallest equivalence class in {@code data} (≥ k, or 0 if nothing is left)
 */
public record KAnonymisedData(
        Microdata data, int k, Map<String, Integer> levels, int removedRecords, int smallestClass) {
    public KAnonymisedData {
        levels = Map.copyOf(levels);
    }

    /** One line for a report: "k = 11; 4 records removed; levels: year 1, ageBroad 2". */
    public String summary() {
        StringBuilder s = new StringBuilder("k = " + k + "; " + data.rows().size() + " records released, "
                + removedRecords + " removed; generalisation levels:");
        levels.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> s.append(' ').append(e.getKey()).append('=').append(e.getValue()));
        return s.toString();
    }
}
