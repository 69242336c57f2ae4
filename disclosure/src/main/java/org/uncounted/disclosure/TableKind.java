package org.uncounted.disclosure;

/** What a table counts; capture-history tables get a threshold no policy can lower. */
public enum TableKind {
    /** An ordinary frequency table of persons. */
    FREQUENCY,
    /**
     * Counts of persons by capture pattern over documenting lists (multiple systems estimation
     * input). Overlap cells are tiny by nature and exactly what an adversary holding one list
     * wants; they are never published below {@link DisclosurePolicy#CAPTURE_HISTORY_MIN_THRESHOLD}.
     */
    CAPTURE_HISTORY
}
