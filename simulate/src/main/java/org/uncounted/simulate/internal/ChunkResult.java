package org.uncounted.simulate.internal;

import java.util.List;

/**
 * Everything one chunk of consecutive women produced, ready to be written in chunk order.
 *
 * @param first index of the chunk's first woman
 * @param size women in the chunk
 * @param aggregates the chunk's population accounts
 * @param trajectories rows of truth/trajectories.csv
 * @param persons rows of truth/persons.csv
 * @param records the organisations' records, in a seeded shuffle within the chunk
 * @param patterns persons by capture pattern (bit j = list j) and crossing period: [period][mask]
 * @param expected per organisation, the summed capture probabilities
 * @param captured per organisation, persons recorded at least once
 * @param captures per organisation, capture events (duplicates excluded)
 */
public record ChunkResult(
        long first,
        int size,
        Aggregates aggregates,
        String trajectories,
        String persons,
        List<ObservedRecord> records,
        long[][] patterns,
        double[] expected,
        long[] captured,
        long[] captures) {}
