package org.uncounted.linkage;

import java.util.List;

/**
 * What blocking produced: the candidate pairs after the union of rules, and per rule the pairs it
 * generated, and the blocks over the size cap that were thinned to sorted neighbourhoods (or skipped)
 * with the pairs they left uncompared.
 */
public record BlockingReport(long candidatePairs, int records, List<Rule> rules) {
    public record Rule(String keys, long pairs, long skippedBlocks, long skippedPairs) {}

    public double pairsPerRecord() {
        return records == 0 ? 0 : candidatePairs / (double) records;
    }

    public String describe() {
        StringBuilder b = new StringBuilder(String.format(
                "blocking: %,d candidate pairs for %,d records (%.1f per record)%n",
                candidatePairs, records, pairsPerRecord()));
        for (Rule r : rules) {
            b.append(String.format(
                    "  rule %-40s %,12d pairs, %,d blocks over the cap (%,d pairs not compared)%n",
                    r.keys(), r.pairs(), r.skippedBlocks(), r.skippedPairs()));
        }
        return b.toString();
    }
}
