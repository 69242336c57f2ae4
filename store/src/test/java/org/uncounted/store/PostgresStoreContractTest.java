package org.uncounted.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * The store contract on PostgreSQL, from {@code UNCOUNTED_TEST_PG_URL} (CI sets it) or the local
 * server; skipped, saying why, when none is reachable. Each backend gets a schema of its own.
 */
class PostgresStoreContractTest extends StoreContractTest {
    @BeforeAll
    static void requireServer() {
        String reason = PostgresBackend.unreachableReason();
        if (reason != null) System.err.println("SKIPPING PostgreSQL contract tests: " + reason);
        assumeTrue(reason == null, reason);
    }

    @Override
    Backend newBackend() {
        return new PostgresBackend();
    }

    @Nested
    class Security extends StoreSecurityContract {
        @Override
        Backend newBackend() {
            return new PostgresBackend();
        }
    }
}
