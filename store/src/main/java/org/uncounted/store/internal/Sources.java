package org.uncounted.store.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The {@code sources} table: one row per documenting source, keyed by the source's id (its name here). */
public final class Sources {
    private Sources() {}

    /** The id of the named source, creating it or refreshing its descriptor. */
    public static long upsert(Handle h, String name, byte[] descriptor) {
        Optional<Long> id = find(h, name);
        if (id.isPresent()) {
            h.createUpdate("UPDATE sources SET descriptor = :d WHERE id = :id")
                    .bind("d", descriptor)
                    .bind("id", id.get())
                    .execute();
            return id.get();
        }
        long next = h.createQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM sources")
                .mapTo(Long.class)
                .one();
        h.createUpdate("INSERT INTO sources (id, name, descriptor, created_at) VALUES (:id, :n, :d, :t)")
                .bind("id", next)
                .bind("n", name)
                .bind("d", descriptor)
                .bind("t", OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
        return next;
    }

    public static Optional<Long> find(Handle h, String name) {
        return h.createQuery("SELECT id FROM sources WHERE name = :n")
                .bind("n", name)
                .mapTo(Long.class)
                .findOne();
    }

    public static Optional<byte[]> descriptor(Handle h, String name) {
        return h.createQuery("SELECT descriptor FROM sources WHERE name = :n")
                .bind("n", name)
                .mapTo(byte[].class)
                .findOne();
    }

    public static List<String> names(Handle h) {
        return h.createQuery("SELECT name FROM sources ORDER BY name")
                .mapTo(String.class)
                .list();
    }
}
