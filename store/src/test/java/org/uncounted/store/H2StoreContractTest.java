package org.uncounted.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded, encrypted H2 backend. */
class H2StoreContractTest extends StoreContractTest {
    @TempDir
    Path dir;

    private final AtomicInteger n = new AtomicInteger();

    @Override
    Backend newBackend() {
        return Backend.h2(dir.resolve("store" + n.incrementAndGet()));
    }

    @Nested
    class Security extends StoreSecurityContract {
        @Override
        Backend newBackend() {
            return H2StoreContractTest.this.newBackend();
        }
    }
}
