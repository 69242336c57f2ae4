package org.uncounted.store;

import java.util.List;

/**
 * A recorded release some of whose cases no longer consent to analysis (ids only).
 *
 * @param releaseId the release's id as recorded
 * @param casesUsed how many cases the release used
 * @param affectedCaseIds store ids of the used cases whose current consent withdraws analysis (or
 *     that were purged since), ascending
 */
public record AffectedRelease(String releaseId, int casesUsed, List<Long> affectedCaseIds) {
    public AffectedRelease {
        if (releaseId == null || releaseId.isBlank()) throw new IllegalArgumentException("release id is blank");
        if (casesUsed < 0) throw new IllegalArgumentException("casesUsed < 0: " + casesUsed);
        affectedCaseIds = List.copyOf(affectedCaseIds);
    }
}
