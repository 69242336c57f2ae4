package org.uncounted.disclosure;

import java.util.List;

/** The publishable form of a release and the record of how it was made so. */
public record PublishedRelease(
        String datasetId, String releaseId, List<PublishedTable> tables, DisclosureRecord record) {
    public PublishedRelease {
        tables = List.copyOf(tables);
    }

    public PublishedTable table(String name) {
        return tables.stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidTableException("no table " + name + " in release " + releaseId));
    }

    /** Whether the published values carry noise (then shared cells are separate measurements). */
    public boolean noisy() {
        return record.epsilonSpent().signum() > 0;
    }
}
