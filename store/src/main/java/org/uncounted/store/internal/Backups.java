package org.uncounted.store.internal;

import com.google.crypto.tink.StreamingAead;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.uncounted.security.backup.BackupArchive;
import org.uncounted.security.backup.BackupEntry;
import org.uncounted.security.backup.BackupManifest;
import org.uncounted.security.keys.ArchiveKeys;

/**
 * Logical backups of a store in the security module's encrypted archive format: one entry per
 * table (sealed columns stay ciphertext inside) and the case data keys, re-wrapped under the
 * archive's own key ({@link ArchiveKeys}) rather than the key-encryption key. The archive key is
 * itself a wrapped key of the store: rotation re-wraps it (so an archive made before a rotation
 * restores after it, with the new passphrase), and it is destroyed after the retention period
 * (which is what makes a purge final for old backups).
 *
 * <p>Archives of format v1 (case keys under the KEK of their day) still restore while that KEK is
 * current. Restore verifies the whole archive before touching anything, then replaces every table
 * but the audit log and the privacy-budget ledger (history and spent budget are never rolled back)
 * in one transaction.
 */
public final class Backups {
    /** Tables restored in this order (parents first); deleted in reverse. */
    static final String[] TABLES = {
        "sources", "cases", "events", "consents", "blind_indexes", "users", "user_roles", "drafts"
    };

    private final StoreContext ctx;

    public Backups(StoreContext ctx) {
        this.ctx = ctx;
    }

    /** Writes an archive of the current state to {@code out}; returns its manifest. */
    public BackupManifest write(Handle h, String archiveId, OutputStream out) throws IOException {
        StreamingAead key = ctx.keyring().createBackupKey(archiveId);
        ArchiveKeys keys = ctx.keyring().archiveKeys(archiveId);
        List<BackupEntry> entries = new ArrayList<>();
        entries.add(BackupEntry.of("meta", (V2 + "\n" + ARCHIVE_KEYS + "\n").getBytes(StandardCharsets.UTF_8)));
        for (String t : TABLES) {
            entries.add(new BackupEntry("table/" + t, () -> pipe(t, o -> TableDump.write(h, t, null, o))));
        }
        entries.add(new BackupEntry(KEYS_ENTRY, () -> pipe("keys", o -> ArchivedKeys.write(h, keys, o))));
        return BackupArchive.write(out, archiveId, Instant.now(), entries, key);
    }

    static final String V2 = "uncounted-backup v2";
    static final String ARCHIVE_KEYS = "keys=archive";
    static final String KEYS_ENTRY = "keys/case";

    /** Writes one entry's content to a stream. */
    interface Dump {
        void write(DataOutputStream out) throws IOException;
    }

    /**
     * Streams a table dump through a pipe, so no table is ever held in memory or in a temp file.
     * A failure of the dumping thread surfaces as an IOException at the end of the stream, so an
     * incomplete table can never be archived as if it were whole.
     */
    private static InputStream pipe(String table, Dump dump) throws IOException {
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream pipe = new PipedOutputStream(in);
        Throwable[] failure = {null};
        Thread t = new Thread(
                () -> {
                    try (DataOutputStream out = new DataOutputStream(pipe)) {
                        dump.write(out);
                    } catch (IOException | RuntimeException e) {
                        failure[0] = e;
                    }
                },
                "backup-" + table);
        t.setDaemon(true);
        t.start();
        return new java.io.FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                return check(super.read());
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return check(super.read(b, off, len));
            }

            private int check(int n) throws IOException {
                if (n < 0) {
                    try {
                        t.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted while dumping " + table);
                    }
                    if (failure[0] != null) throw new IOException("dumping table " + table + " failed", failure[0]);
                }
                return n;
            }
        };
    }

    /**
     * Checks an archive end to end (authentication of every segment, manifest hashes) without
     * writing anything.
     *
     * @throws org.uncounted.security.keys.BackupKeyUnavailableException if the store no longer holds its key
     * @throws org.uncounted.security.backup.BackupIntegrityException if it was altered or truncated
     */
    public BackupManifest verify(Path file) throws IOException {
        StreamingAead key = ctx.keyring().backupKey(archiveId(file));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return BackupArchive.verify(in, key);
        }
    }

    public static String archiveId(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return BackupArchive.archiveId(in);
        }
    }

    /** Replaces the store's tables (not the audit log) with the archive's; verify first. */
    public void restore(Handle h, Path file) throws IOException {
        String archiveId = archiveId(file);
        StreamingAead key = ctx.keyring().backupKey(archiveId);
        boolean[] v2 = {false};
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            BackupArchive.read(in, key, (name, content) -> {
                if (name.equals("meta")) {
                    List<String> meta = new String(content.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .toList();
                    v2[0] = meta.contains(V2) && meta.contains(ARCHIVE_KEYS);
                    String kek = "kek=" + ctx.keyring().header().kekId();
                    if (!v2[0] && !meta.contains(kek)) {
                        throw new IOException("archive " + archiveId + " is of format v1, whose data keys are wrapped"
                                + " under a master key rotated since; it cannot be restored here");
                    }
                    for (int i = TABLES.length - 1; i >= 0; i--) h.execute("DELETE FROM " + TABLES[i]);
                    h.execute("DELETE FROM wrapped_keys WHERE kind = 'CASE'");
                } else if (name.equals(KEYS_ENTRY) && v2[0]) {
                    ArchivedKeys.restore(h, ctx.keyring().archiveKeys(archiveId), new DataInputStream(content));
                } else if (name.startsWith("table/")) {
                    String table = name.substring("table/".length());
                    boolean v1Keys = table.equals("wrapped_keys") && !v2[0];
                    if (!List.of(TABLES).contains(table) && !v1Keys) {
                        throw new IOException("unexpected table in archive: " + table);
                    }
                    TableDump.read(h, table, new DataInputStream(content));
                } else {
                    throw new IOException("unexpected entry in archive: " + name);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
