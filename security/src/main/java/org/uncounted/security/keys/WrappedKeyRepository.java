package org.uncounted.security.keys;

import java.util.List;
import java.util.Optional;

/**
 * Persistence SPI for wrapped keys, implemented by the store. Implementations must keep wrapped
 * keys apart from the bulk data where possible (own table or file, own backup retention) and
 * must really delete on {@link #delete}: no soft delete, no history table.
 */
public interface WrappedKeyRepository {
    /** The wrapped key of this kind and owner, if present. */
    Optional<WrappedKey> find(KeyKind kind, String ownerId);

    /** Stores a new wrapped key; fails (IllegalStateException) if one exists for the same kind and owner. */
    void insert(WrappedKey key);

    /** Deletes the key for good; returns false if there was none. */
    boolean delete(KeyKind kind, String ownerId);

    /** Every stored wrapped key (for rotation and backup-key expiry). */
    List<WrappedKey> findAll();

    /**
     * Replaces the stored wrapped keys with these re-wrapped versions (same kind and owner),
     * atomically: all or none. Used by rotation.
     */
    void replaceAll(List<WrappedKey> rewrapped);
}
