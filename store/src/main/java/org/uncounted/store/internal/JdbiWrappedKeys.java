package org.uncounted.store.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.uncounted.security.keys.KeyKind;
import org.uncounted.security.keys.WrappedKey;
import org.uncounted.security.keys.WrappedKeyRepository;

/**
 * The security module's wrapped-key persistence on the {@code wrapped_keys} table, bound to one
 * handle so that key operations join the caller's transaction. Deletes are real deletes.
 */
public final class JdbiWrappedKeys implements WrappedKeyRepository {
    private final Handle h;

    public JdbiWrappedKeys(Handle h) {
        this.h = h;
    }

    @Override
    public Optional<WrappedKey> find(KeyKind kind, String ownerId) {
        return h.createQuery("SELECT kind, owner_id, kek_id, wrapped, created_at FROM wrapped_keys"
                        + " WHERE kind = :kind AND owner_id = :owner")
                .bind("kind", kind.name())
                .bind("owner", ownerId)
                .map((rs, ctx) -> row(rs))
                .findOne();
    }

    @Override
    public void insert(WrappedKey key) {
        int n = h.createUpdate("INSERT INTO wrapped_keys (kind, owner_id, kek_id, wrapped, created_at)"
                        + " SELECT :kind, :owner, :kek, :wrapped, :created WHERE NOT EXISTS"
                        + " (SELECT 1 FROM wrapped_keys WHERE kind = :kind AND owner_id = :owner)")
                .bind("kind", key.kind().name())
                .bind("owner", key.ownerId())
                .bind("kek", key.kekId())
                .bind("wrapped", key.wrapped())
                .bind("created", OffsetDateTime.ofInstant(key.createdAt(), ZoneOffset.UTC))
                .execute();
        if (n != 1) throw new IllegalStateException("a " + key.kind() + " key already exists for " + key.ownerId());
    }

    @Override
    public boolean delete(KeyKind kind, String ownerId) {
        return h.createUpdate("DELETE FROM wrapped_keys WHERE kind = :kind AND owner_id = :owner")
                        .bind("kind", kind.name())
                        .bind("owner", ownerId)
                        .execute()
                > 0;
    }

    @Override
    public List<WrappedKey> findAll() {
        return h.createQuery(
                        "SELECT kind, owner_id, kek_id, wrapped, created_at FROM wrapped_keys ORDER BY kind, owner_id")
                .map((rs, ctx) -> row(rs))
                .list();
    }

    @Override
    public void replaceAll(List<WrappedKey> rewrapped) {
        var batch = h.prepareBatch(
                "UPDATE wrapped_keys SET kek_id = :kek, wrapped = :wrapped WHERE kind = :kind AND owner_id = :owner");
        for (WrappedKey k : rewrapped) {
            batch.bind("kek", k.kekId())
                    .bind("wrapped", k.wrapped())
                    .bind("kind", k.kind().name())
                    .bind("owner", k.ownerId())
                    .add();
        }
        int[] counts = rewrapped.isEmpty() ? new int[0] : batch.execute();
        for (int c : counts) {
            if (c != 1) throw new IllegalStateException("re-wrapping found a key missing from wrapped_keys");
        }
    }

    /** Inserts many new wrapped keys in one plain JDBC batch (imports create one per case). */
    public void insertAll(List<WrappedKey> keys) {
        if (keys.isEmpty()) return;
        try (var ps = h.getConnection()
                .prepareStatement("INSERT INTO wrapped_keys (kind, owner_id, kek_id, wrapped, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
            // in primary-key order: a batch then touches each index page once instead of at random
            List<WrappedKey> sorted = new java.util.ArrayList<>(keys);
            sorted.sort(
                    java.util.Comparator.comparing((WrappedKey k) -> k.kind().name())
                            .thenComparing(WrappedKey::ownerId));
            for (WrappedKey k : sorted) {
                ps.setString(1, k.kind().name());
                ps.setString(2, k.ownerId());
                ps.setString(3, k.kekId());
                ps.setBytes(4, k.wrapped());
                ps.setObject(5, OffsetDateTime.ofInstant(k.createdAt(), ZoneOffset.UTC));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (java.sql.SQLException e) {
            throw SqlFailure.of("storing wrapped keys", e);
        }
    }

    private static WrappedKey row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Instant created = rs.getObject("created_at", OffsetDateTime.class).toInstant();
        return new WrappedKey(
                KeyKind.valueOf(rs.getString("kind")),
                rs.getString("owner_id"),
                rs.getString("kek_id"),
                rs.getBytes("wrapped"),
                created);
    }
}
