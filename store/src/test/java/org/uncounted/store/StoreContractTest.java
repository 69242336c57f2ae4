package org.uncounted.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.uncounted.security.keys.WrongPassphraseException;

/**
 * The behaviour every storage backend must have. Subclasses supply the backend: H2 always,
 * PostgreSQL when reachable.
 */
abstract class StoreContractTest {
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
    }

    @Test
    void create_thenReopenWithSamePassphrase_auditChainVerifies() {
        Backend b = backend();
        b.create().close();
        try (CaseStore store = b.reopen(Backend.PASSPHRASE)) {
            var result = store.asOperator().verifyAudit();
            assertThat(result.valid()).as(result.reason()).isTrue();
            assertThat(result.entriesChecked()).isEqualTo(1);
        }
    }

    @Test
    void reopen_wrongPassphrase_isRefused() {
        Backend b = backend();
        b.create().close();
        assertThatThrownBy(() -> b.reopen("not the right passphrase".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void create_twice_isRefusedAndFirstStoreStillOpens() {
        Backend b = backend();
        b.create().close();
        assertThatThrownBy(b::create).isInstanceOf(StoreAlreadyExistsException.class);
        b.reopen(Backend.PASSPHRASE).close();
    }
}
