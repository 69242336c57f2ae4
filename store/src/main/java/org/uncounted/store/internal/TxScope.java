package org.uncounted.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.uncounted.security.keys.WrappedKey;

/**
 * The handle of the transaction running on this thread, so that the security module's
 * persistence SPIs (wrapped keys, audit entries), which are called from inside the keyring and
 * the audit log, join the store's current transaction instead of opening their own.
 */
public final class TxScope {
    private static final ThreadLocal<TxScope> CURRENT = new ThreadLocal<>();

    private final Handle handle;
    private final List<WrappedKey> pendingKeys = new ArrayList<>();
    private boolean bufferKeys;

    private TxScope(Handle handle) {
        this.handle = handle;
    }

    /**
     * Runs {@code body} in one transaction and makes its handle current on this thread; nested
     * calls join the outer transaction.
     */
    public static <R> R inTransaction(Jdbi jdbi, Function<Handle, R> body) {
        TxScope outer = CURRENT.get();
        if (outer != null) return body.apply(outer.handle);
        return jdbi.inTransaction(h -> {
            TxScope scope = new TxScope(h);
            CURRENT.set(scope);
            try {
                R r = body.apply(h);
                scope.flushKeys();
                return r;
            } finally {
                CURRENT.remove();
            }
        });
    }

    /** The current scope, or null outside a transaction. */
    static TxScope current() {
        return CURRENT.get();
    }

    Handle handle() {
        return handle;
    }

    /** From now on new wrapped keys are batched (bulk imports); they are written by {@link #flushKeys}. */
    public static void bufferNewKeys() {
        TxScope s = CURRENT.get();
        if (s == null) throw new IllegalStateException("no transaction on this thread");
        s.bufferKeys = true;
    }

    /** Writes buffered wrapped keys in one batch. */
    public static void flushNewKeys() {
        TxScope s = CURRENT.get();
        if (s != null) s.flushKeys();
    }

    boolean buffering() {
        return bufferKeys;
    }

    void buffer(WrappedKey key) {
        pendingKeys.add(key);
    }

    private void flushKeys() {
        if (pendingKeys.isEmpty()) return;
        new JdbiWrappedKeys(handle).insertAll(pendingKeys);
        pendingKeys.clear();
    }
}
