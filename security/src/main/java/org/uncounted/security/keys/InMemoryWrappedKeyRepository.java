package org.uncounted.security.keys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Thread-safe in-memory {@link WrappedKeyRepository} for tests, demos and as a reference. */
public final class InMemoryWrappedKeyRepository implements WrappedKeyRepository {
    private final Map<String, WrappedKey> keys = new LinkedHashMap<>();

    private static String slot(KeyKind kind, String ownerId) {
        return kind + "/" + ownerId;
    }

    @Override
    public synchronized Optional<WrappedKey> find(KeyKind kind, String ownerId) {
        return Optional.ofNullable(keys.get(slot(kind, ownerId)));
    }

    @Override
    public synchronized void insert(WrappedKey key) {
        if (keys.putIfAbsent(slot(key.kind(), key.ownerId()), key) != null) {
            throw new IllegalStateException("a " + key.kind() + " key already exists for " + key.ownerId());
        }
    }

    @Override
    public synchronized boolean delete(KeyKind kind, String ownerId) {
        return keys.remove(slot(kind, ownerId)) != null;
    }

    @Override
    public synchronized List<WrappedKey> findAll() {
        return new ArrayList<>(keys.values());
    }

    @Override
    public synchronized void replaceAll(List<WrappedKey> rewrapped) {
        for (WrappedKey k : rewrapped) {
            if (!keys.containsKey(slot(k.kind(), k.ownerId()))) {
                throw new IllegalStateException("no stored " + k.kind() + " key for " + k.ownerId());
            }
        }
        for (WrappedKey k : rewrapped) {
            keys.put(slot(k.kind(), k.ownerId()), k);
        }
    }

    /** Overwrites a stored key as-is (tests use it to simulate tampering or restoring an old copy). */
    public synchronized void putRaw(WrappedKey key) {
        keys.put(slot(key.kind(), key.ownerId()), key);
    }
}
