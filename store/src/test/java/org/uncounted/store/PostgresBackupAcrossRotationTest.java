package org.uncounted.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;

/** Backups across rotation on PostgreSQL; skipped, saying why, when no server is reachable. */
class PostgresBackupAcrossRotationTest extends BackupAcrossRotationContract {
    @BeforeAll
    static void requireServer() {
        String reason = PostgresBackend.unreachableReason();
        if (reason != null) System.err.println("SKIPPING PostgreSQL backup contract: " + reason);
        assumeTrue(reason == null, reason);
    }

    @Override
    Backend newBackend() {
        return new PostgresBackend();
    }
}
