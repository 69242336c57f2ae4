package org.uncounted.store.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.uncounted.security.keys.KeyKind;
import org.uncounted.security.keys.WrappedKey;
import org.uncounted.security.keys.WrappedKeyRepository;

/**
 * The keyring's repository for the store's lifetime: every call runs on the current
 * transaction's handle ({@link TxScope}), or in a transaction of its own when there is none.
 */
public final class ScopedWrappedKeys implements WrappedKeyRepository {
    private final Jdbi jdbi;

    public ScopedWrappedKeys(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private <R> R run(Function<JdbiWrappedKeys, R> f) {
        return TxScope.inTransaction(jdbi, h -> f.apply(new JdbiWrappedKeys(h)));
    }

    @Override
    public Optional<WrappedKey> find(KeyKind kind, String ownerId) {
        return run(r -> r.find(kind, ownerId));
    }

    @Override
    public void insert(WrappedKey key) {
        TxScope s = TxScope.current();
        if (s != null && s.buffering()) {
            s.buffer(key);
            return;
        }
        run(r -> {
            r.insert(key);
            return null;
        });
    }

    @Override
    public boolean delete(KeyKind kind, String ownerId) {
        return run(r -> r.delete(kind, ownerId));
    }

    @Override
    public List<WrappedKey> findAll() {
        return run(JdbiWrappedKeys::findAll);
    }

    @Override
    public void replaceAll(List<WrappedKey> rewrapped) {
        run(r -> {
            r.replaceAll(rewrapped);
            return null;
        });
    }
}
