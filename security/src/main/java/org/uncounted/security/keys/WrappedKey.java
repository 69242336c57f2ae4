package org.uncounted.security.keys;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A data key encrypted ("wrapped") under the keyring's key-encryption key. Safe to persist: it
 * is useless without the master key. The store keeps it in a table of its own (with its own,
 * short backup retention: see docs/security.md, crypto-shredding).
 *
 * @param kind what the key protects
 * @param ownerId case id (kind CASE) or archive id (kind BACKUP)
 * @param kekId fingerprint of the key-encryption key that wrapped it (hex)
 * @param wrapped Tink encrypted keyset bytes, bound to kind and owner id
 * @param createdAt when the key was generated (kept across re-wrapping)
 */
public record WrappedKey(KeyKind kind, String ownerId, String kekId, byte[] wrapped, Instant createdAt) {
    public WrappedKey {
        Objects.requireNonNull(kind, "kind");
        Ids.require("ownerId", ownerId);
        Ids.require("kekId", kekId);
        Objects.requireNonNull(createdAt, "createdAt");
        wrapped = wrapped.clone();
    }

    @Override
    public byte[] wrapped() {
        return wrapped.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WrappedKey w
                && w.kind == kind
                && w.ownerId.equals(ownerId)
                && w.kekId.equals(kekId)
                && Arrays.equals(w.wrapped, wrapped)
                && w.createdAt.equals(createdAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, ownerId, kekId, Arrays.hashCode(wrapped), createdAt);
    }

    @Override
    public String toString() {
        return "WrappedKey[" + kind + " " + ownerId + ", kek " + kekId + ", " + wrapped.length + " bytes, " + createdAt
                + "]";
    }
}
