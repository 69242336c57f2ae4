package org.uncounted.linkage;

/** A scored candidate pair: the two record ids, the match weight (log2 odds) and probability. */
public record ScoredPair(String recordIdA, String recordIdB, double weight, double probability, boolean decided) {}
