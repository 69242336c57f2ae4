package org.uncounted.store.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.uncounted.security.keys.ArchiveKeys;
import org.uncounted.security.keys.KeyKind;
import org.uncounted.security.keys.WrappedKey;

/**
 * The {@code keys/case} entry of a backup archive: every case data key, re-wrapped under the
 * archive's own key. Format: per key {@code true, owner id (UTF), created-at (UTF ISO instant),
 * length, bytes}, then {@code false}. Restoring re-wraps each key under the current KEK.
 */
final class ArchivedKeys {
    private static final int BATCH = 1000;

    private ArchivedKeys() {}

    static void write(Handle h, ArchiveKeys keys, DataOutputStream out) throws IOException {
        try {
            h.createQuery("SELECT kind, owner_id, kek_id, wrapped, created_at FROM wrapped_keys"
                            + " WHERE kind = 'CASE' ORDER BY owner_id")
                    .map((rs, c) -> new WrappedKey(
                            KeyKind.CASE,
                            rs.getString("owner_id"),
                            rs.getString("kek_id"),
                            rs.getBytes("wrapped"),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                    .useStream(stream -> stream.forEach(k -> {
                        WrappedKey e = keys.export(k);
                        try {
                            out.writeBoolean(true);
                            out.writeUTF(e.ownerId());
                            out.writeUTF(e.createdAt().toString());
                            byte[] b = e.wrapped();
                            out.writeInt(b.length);
                            out.write(b);
                        } catch (IOException x) {
                            throw new UncheckedIOException(x);
                        }
                    }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.writeBoolean(false);
    }

    /** Inserts every archived key, re-wrapped under the current KEK; returns how many. */
    static long restore(Handle h, ArchiveKeys keys, DataInputStream in) throws IOException {
        JdbiWrappedKeys repo = new JdbiWrappedKeys(h);
        List<WrappedKey> batch = new ArrayList<>(BATCH);
        long n = 0;
        while (in.readBoolean()) {
            String owner = in.readUTF();
            Instant created = Instant.parse(in.readUTF());
            int len = in.readInt();
            if (len < 0 || len > (1 << 20)) throw new IOException("implausible key length in backup");
            byte[] b = in.readNBytes(len);
            if (b.length != len) throw new IOException("truncated backup");
            batch.add(keys.restore(new WrappedKey(KeyKind.CASE, owner, keys.marker(), b, created)));
            n++;
            if (batch.size() == BATCH) {
                repo.insertAll(batch);
                batch.clear();
            }
        }
        repo.insertAll(batch);
        return n;
    }
}
