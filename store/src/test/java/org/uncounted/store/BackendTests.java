package org.uncounted.store;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** Base of the contract suites: hands out backends of the kind under test and drops them afterwards. */
abstract class BackendTests {
    private final List<Backend> backends = new ArrayList<>();

    /** A new, empty backend of the kind under test. */
    abstract Backend newBackend();

    Backend backend() {
        Backend b = newBackend();
        backends.add(b);
        return b;
    }

    Backend fresh(Backend b) {
        Backend f = b.fresh();
        backends.add(f);
        return f;
    }

    @AfterEach
    void dropBackends() {
        backends.forEach(Backend::close);
        backends.clear();
    }
}
