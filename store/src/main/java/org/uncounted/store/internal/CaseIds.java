package org.uncounted.store.internal;

import org.jdbi.v3.core.Handle;

/** Allocates case ids from the {@code case_ids} sequence, many in one round trip. */
final class CaseIds {
    private CaseIds() {}

    static long[] allocate(Handle h, Database.Dialect dialect, int n) {
        if (n == 0) return new long[0];
        String sql = dialect == Database.Dialect.H2
                ? "SELECT NEXT VALUE FOR case_ids FROM SYSTEM_RANGE(1, :n)"
                : "SELECT nextval('case_ids') FROM generate_series(1, :n)";
        return h.createQuery(sql).bind("n", n).mapTo(Long.class).stream()
                .mapToLong(Long::longValue)
                .sorted()
                .toArray();
    }
}
