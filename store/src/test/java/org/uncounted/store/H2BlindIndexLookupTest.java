package org.uncounted.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** Blind-index lookups on the embedded H2 backend. */
class H2BlindIndexLookupTest extends BlindIndexLookupContract {
    @TempDir
    Path dir;

    private final AtomicInteger n = new AtomicInteger();

    @Override
    Backend newBackend() {
        return Backend.h2(dir.resolve("store" + n.incrementAndGet()));
    }
}
