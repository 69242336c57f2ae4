package org.uncounted.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The audit anchor on the embedded H2 backend (anchor file in the data directory). */
class H2AuditAnchorTest extends AuditAnchorContract {
    @TempDir
    Path dir;

    private final AtomicInteger n = new AtomicInteger();

    @Override
    Backend newBackend() {
        return Backend.h2(dir.resolve("store" + n.incrementAndGet()));
    }
}
