package org.uncounted.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The release contract on the embedded H2 backend. */
class H2ReleaseContractTest extends ReleaseContract {
    @TempDir
    Path dir;

    private final AtomicInteger n = new AtomicInteger();

    @Override
    Backend newBackend() {
        return Backend.h2(dir.resolve("store" + n.incrementAndGet()));
    }
}
