package org.uncounted.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.uncounted.security.audit.AuditCheckpoint;
import org.uncounted.security.keys.KeyringHeader;

/**
 * The files of an embedded store's data directory: {@code keyring.header} (KDF salt and
 * parameters, wrapped root; nothing secret on its own), {@code cases.mv.db} (the AES-encrypted
 * H2 database) and {@code audit.checkpoint} (the last audit head, so truncating the log is
 * detected). Files are written atomically (temporary file, then rename) and readable by the
 * owner only.
 */
public final class EmbeddedFiles {
    public static final String HEADER = "keyring.header";
    public static final String CHECKPOINT = "audit.checkpoint";
    /** The staged header of a rotation in progress (see {@link KeyRotation}). */
    public static final String NEXT_HEADER = "keyring.next";

    private final Path dir;

    public EmbeddedFiles(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** True if the directory holds a store (its keyring header). */
    public boolean exists() {
        return Files.exists(dir.resolve(HEADER));
    }

    public void createDirectory() {
        try {
            Files.createDirectories(dir);
            try {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: rely on the platform's defaults
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dir, e);
        }
    }

    public KeyringHeader readHeader() {
        try {
            return KeyringHeader.decode(Files.readAllBytes(dir.resolve(HEADER)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(HEADER), e);
        }
    }

    public void writeHeader(KeyringHeader header) {
        writeAtomically(HEADER, header.encode());
    }

    /** The staged header of an unfinished rotation, if any. */
    public Optional<KeyringHeader> readNextHeader() {
        Path p = dir.resolve(NEXT_HEADER);
        if (!Files.exists(p)) return Optional.empty();
        try {
            return Optional.of(KeyringHeader.decode(Files.readAllBytes(p)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    /** Stages a rotation's new header (atomically written, not yet in force). */
    public void writeNextHeader(KeyringHeader header) {
        writeAtomically(NEXT_HEADER, header.encode());
    }

    /** Puts the staged header in force: renames {@code keyring.next} over {@code keyring.header}. */
    public void promoteNextHeader() {
        move(dir.resolve(NEXT_HEADER), dir.resolve(HEADER));
    }

    /** Discards the staged header of a rotation that did not commit. */
    public void deleteNextHeader() {
        try {
            Files.deleteIfExists(dir.resolve(NEXT_HEADER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir.resolve(NEXT_HEADER), e);
        }
    }

    public Optional<AuditCheckpoint> readCheckpoint() {
        Path p = dir.resolve(CHECKPOINT);
        if (!Files.exists(p)) return Optional.empty();
        try {
            return Optional.of(AuditCheckpoint.parse(
                    Files.readString(p, StandardCharsets.UTF_8).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    public void writeCheckpoint(AuditCheckpoint checkpoint) {
        writeAtomically(CHECKPOINT, (checkpoint.text() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Removes what a failed {@code createEmbedded} left behind (never called on an existing store). */
    public void deleteAfterFailedCreate() {
        for (String name :
                new String[] {HEADER, CHECKPOINT, Database.H2_FILE + ".mv.db", Database.H2_FILE + ".trace.db"}) {
            try {
                Files.deleteIfExists(dir.resolve(name));
            } catch (IOException e) {
                // best effort: the original failure is what the caller reports
            }
        }
    }

    private void writeAtomically(String name, byte[] content) {
        Path target = dir.resolve(name);
        Path tmp = dir.resolve(name + ".tmp");
        try {
            Files.write(tmp, content);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not POSIX
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        move(tmp, target);
    }

    private static void move(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + to, e);
        }
    }
}
