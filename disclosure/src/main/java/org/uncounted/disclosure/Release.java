package org.uncounted.disclosure;

import java.util.HashSet;
import java.util.List;

/**
 * The set of tables published together from one dataset. Disclosure control treats them as one
 * adversary's view: a cell hidden in one table must not be recoverable from any other.
 *
 * @param datasetId the dataset whose privacy budget the release spends (an id, never a name)
 * @param releaseId identifies this release in the ledger and the audit log
 */
public record Release(String datasetId, String releaseId, List<CountTable> tables) {
    public Release {
        checkId("datasetId", datasetId);
        checkId("releaseId", releaseId);
        tables = List.copyOf(tables);
        if (tables.isEmpty()) {
            throw new InvalidTableException("release " + releaseId + " has no tables");
        }
        var names = new HashSet<String>();
        for (CountTable t : tables) {
            if (!names.add(t.name())) {
                throw new InvalidTableException("release " + releaseId + ": duplicate table name " + t.name());
            }
        }
    }

    public static Release of(String datasetId, String releaseId, CountTable... tables) {
        return new Release(datasetId, releaseId, List.of(tables));
    }

    static void checkId(String field, String id) {
        if (id == null || !id.matches("[A-Za-z0-9._:-]{1,128}")) {
            throw new InvalidTableException(field + " must match [A-Za-z0-9._:-]{1,128}: " + id);
        }
    }
}
