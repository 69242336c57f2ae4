package org.uncounted.store.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/** Rows of the {@code releases} and {@code release_cases} tables (ids and hashes only). */
public final class Releases {
    private Releases() {}

    /** Inserts a release and the ids of the cases it used. */
    public static void insert(
            Handle h,
            String releaseId,
            String version,
            String snapshotHash,
            String fingerprint,
            String settings,
            Collection<Long> caseIds) {
        h.createUpdate("INSERT INTO releases (release_id, created_at, software_version, snapshot_hash,"
                        + " table_fingerprint, settings) VALUES (:id, :at, :v, :s, :f, :settings)")
                .bind("id", releaseId)
                .bind("at", OffsetDateTime.now(ZoneOffset.UTC))
                .bind("v", version)
                .bind("s", snapshotHash)
                .bind("f", fingerprint)
                .bind("settings", settings)
                .execute();
        var batch = h.prepareBatch("INSERT INTO release_cases (release_id, case_id) VALUES (:r, :c)");
        for (long c : new TreeSet<>(caseIds)) {
            batch.bind("r", releaseId).bind("c", c).add();
        }
        if (!caseIds.isEmpty()) batch.execute();
    }

    /** Every release id, oldest first, with the ids of the cases it used in ascending order. */
    public static Map<String, List<Long>> all(Handle h) {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        h.createQuery("SELECT release_id FROM releases ORDER BY created_at, release_id")
                .mapTo(String.class)
                .forEach(r -> out.put(r, new java.util.ArrayList<>()));
        h.createQuery("SELECT release_id, case_id FROM release_cases ORDER BY release_id, case_id")
                .map((rs, c) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> out.get(e.getKey()).add(e.getValue()));
        return out;
    }
}
