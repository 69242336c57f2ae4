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

/**
 * Logical backups of a store in the security module's encrypted archive format: one entry per
 * table (sealed columns stay ciphertext inside), the case data keys still wrapped under the KEK,
 * and a meta entry naming that KEK. The archive key is itself a wrapped key of the store, so an
 * archive can be read only while the store keeps its key (expired after the retention period:
 * that is what makes a purge final for old backups).
 *
 * <p>Restore verifies the whole archive before touching anything, then replaces every table but
 * the audit log (history is never rolled back) in one transaction.
 */
public final class Backups {
    /** Tables restored in this order (parents first); deleted in reverse. */
    static final String[] TABLES = {"sources", "cases", "events", "consents", "blind_indexes", "users", "user_roles"};

    private final StoreContext ctx;

    public Backups(StoreContext ctx) {
        this.ctx = ctx;
    }

    /** Writes an archive of the current state to {@code out}; returns its manifest. */
    public BackupManifest write(Handle h, String archiveId, OutputStream out) throws IOException {
        StreamingAead key = ctx.keyring().createBackupKey(archiveId);
        List<BackupEntry> entries = new ArrayList<>();
        String meta = "uncounted-backup v1\nkek=" + ctx.keyring().header().kekId() + "\n";
        entries.add(BackupEntry.of("meta", meta.getBytes(StandardCharsets.UTF_8)));
        for (String t : TABLES) entries.add(new BackupEntry("table/" + t, () -> dump(h, t, null)));
        entries.add(new BackupEntry("table/wrapped_keys", () -> dump(h, "wrapped_keys", "kind = 'CASE'")));
        return BackupArchive.write(out, archiveId, Instant.now(), entries, key);
    }

    /**
     * Streams a table dump through a pipe, so no table is ever held in memory or in a temp file.
     * A failure of the dumping thread surfaces as an IOException at the end of the stream, so an
     * incomplete table can never be archived as if it were whole.
     */
    private static InputStream dump(Handle h, String table, String where) throws IOException {
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream pipe = new PipedOutputStream(in);
        Throwable[] failure = {null};
        Thread t = new Thread(
                () -> {
                    try (DataOutputStream out = new DataOutputStream(pipe)) {
                        TableDump.write(h, table, where, out);
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
        StreamingAead key = ctx.keyring().backupKey(archiveId(file));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            BackupArchive.read(in, key, (name, content) -> {
                if (name.equals("meta")) {
                    String meta = new String(content.readAllBytes(), StandardCharsets.UTF_8);
                    String kek = "kek=" + ctx.keyring().header().kekId();
                    if (!meta.lines().anyMatch(kek::equals)) {
                        throw new IOException("the archive's data keys are wrapped under another master key"
                                + " (the passphrase was rotated since): restore it with the old passphrase");
                    }
                    for (int i = TABLES.length - 1; i >= 0; i--) h.execute("DELETE FROM " + TABLES[i]);
                    h.execute("DELETE FROM wrapped_keys WHERE kind = 'CASE'");
                } else if (name.startsWith("table/")) {
                    String table = name.substring("table/".length());
                    if (!List.of(TABLES).contains(table) && !table.equals("wrapped_keys")) {
                        throw new IOException("unexpected table in archive: " + table);
                    }
                    TableDump.read(h, table, new DataInputStream(content));
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
