package org.uncounted.security.backup;

import com.google.crypto.tink.StreamingAead;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.uncounted.security.internal.Bytes;
import org.uncounted.security.keys.Ids;

/**
 * Encrypted, integrity-checked backup archives.
 *
 * <p>Layout: {@code "UNCBAK01"}, a 2-byte length and a clear header ({@code archiveId},
 * {@code createdAt}), then one Tink StreamingAead (AES256_GCM_HKDF_4KB) ciphertext whose
 * associated data is the magic and header. Inside: each entry as {@code 'E', name, size, bytes};
 * then {@code 'M'} and the manifest (name, size, SHA-256 per entry); then {@code 'Z'}. The
 * streaming AEAD authenticates every 4 KiB segment and the end of stream, so any altered,
 * reordered or truncated byte fails; the manifest hashes let a restore compare every entry.
 *
 * <p>Restore protocol: {@link #verify} the whole archive first, write nothing; then {@link #read}.
 */
public final class BackupArchive {
    static final byte[] MAGIC = "UNCBAK01".getBytes(StandardCharsets.US_ASCII);

    /** Receives each entry's bytes during {@link #read}. */
    @FunctionalInterface
    public interface EntryHandler {
        void accept(String name, InputStream content) throws IOException;
    }

    private BackupArchive() {}

    /** Writes an archive to {@code out} (not closed) and returns its manifest. */
    public static BackupManifest write(
            OutputStream out, String archiveId, Instant createdAt, List<BackupEntry> entries, StreamingAead key)
            throws IOException {
        Ids.require("archiveId", archiveId);
        byte[] header = header(archiveId, createdAt);
        out.write(MAGIC);
        out.write(header.length >>> 8);
        out.write(header.length);
        out.write(header);
        List<ManifestEntry> manifest = new ArrayList<>();
        try (DataOutputStream enc = new DataOutputStream(key.newEncryptingStream(new NonClosing(out), aad(header)))) {
            for (BackupEntry e : entries) {
                enc.writeByte('E');
                enc.writeUTF(e.name());
                MessageDigest sha = Bytes.sha256Digest();
                try (InputStream in = e.content().open()) {
                    // chunked framing: no need to know the size in advance
                    byte[] buf = new byte[64 * 1024];
                    long size = 0;
                    for (int n; (n = in.read(buf)) > 0; ) {
                        enc.writeInt(n);
                        enc.write(buf, 0, n);
                        sha.update(buf, 0, n);
                        size += n;
                    }
                    enc.writeInt(0);
                    manifest.add(new ManifestEntry(e.name(), size, sha.digest()));
                }
            }
            enc.writeByte('M');
            enc.writeInt(manifest.size());
            for (ManifestEntry m : manifest) {
                enc.writeUTF(m.name());
                enc.writeLong(m.size());
                enc.write(m.sha256());
            }
            enc.writeByte('Z');
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot start streaming encryption", e);
        }
        out.flush();
        return new BackupManifest(archiveId, createdAt, manifest);
    }

    /** The archive id in an archive's clear header (to look its key up); reads only the header. */
    public static String archiveId(InputStream in) throws IOException {
        return parseHeader(readHeader(in))[0];
    }

    /**
     * Reads the whole archive, checking authentication and every hash, and returns the manifest.
     *
     * @throws BackupIntegrityException on any corruption, truncation or wrong key
     */
    public static BackupManifest verify(InputStream in, StreamingAead key) throws IOException {
        return read(in, key, (name, content) -> content.transferTo(OutputStream.nullOutputStream()));
    }

    /**
     * Streams each entry to {@code handler}, then checks the manifest. The handler sees data
     * before the end is authenticated: call {@link #verify} on the same archive first and
     * stage what the handler writes, as the restore command does.
     */
    public static BackupManifest read(InputStream in, StreamingAead key, EntryHandler handler) throws IOException {
        byte[] header = readHeader(in);
        String[] h = parseHeader(header);
        List<ManifestEntry> seen = new ArrayList<>();
        try (DataInputStream dec = new DataInputStream(key.newDecryptingStream(in, aad(header)))) {
            int tag;
            while ((tag = dec.readByte()) == 'E') {
                String name = BackupEntry.requireName(dec.readUTF());
                EntryStream es = new EntryStream(dec);
                try {
                    handler.accept(name, es);
                } catch (IOException e) {
                    if (es.failedReading) {
                        throw e; // the archive, not the handler, failed: reported below as integrity
                    }
                    throw new HandlerException(e);
                }
                es.transferTo(OutputStream.nullOutputStream());
                seen.add(new ManifestEntry(name, es.size, es.sha.digest()));
            }
            if (tag != 'M') {
                throw new BackupIntegrityException("backup archive: unexpected record tag " + tag, null);
            }
            int n = dec.readInt();
            List<ManifestEntry> manifest = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String name = dec.readUTF();
                long size = dec.readLong();
                byte[] sha = new byte[32];
                dec.readFully(sha);
                manifest.add(new ManifestEntry(name, size, sha));
            }
            if (dec.readByte() != 'Z' || dec.read() != -1) {
                throw new BackupIntegrityException("backup archive: no clean end after the manifest", null);
            }
            if (!manifest.equals(seen)) {
                throw new BackupIntegrityException("backup archive: entries do not match the manifest", null);
            }
            return new BackupManifest(h[0], parseTime(h[1]), manifest);
        } catch (HandlerException e) {
            throw e.io;
        } catch (GeneralSecurityException e) {
            throw new BackupIntegrityException("backup archive: cannot start decryption", e);
        } catch (EOFException e) {
            throw new BackupIntegrityException("backup archive truncated", e);
        } catch (IOException e) {
            // Tink reports authentication failures of a segment as IOException
            throw new BackupIntegrityException(
                    "backup archive does not authenticate (altered, truncated or wrong key): " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new BackupIntegrityException("backup archive malformed: " + e.getMessage(), e);
        }
    }

    /** Carries an I/O failure of the caller's handler past the integrity-error translation. */
    private static final class HandlerException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final IOException io;

        HandlerException(IOException io) {
            super(io);
            this.io = io;
        }
    }

    private static byte[] header(String archiveId, Instant createdAt) {
        return ("archive=" + archiveId + "\ncreated=" + createdAt + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String[] parseHeader(byte[] header) {
        String[] lines = new String(header, StandardCharsets.UTF_8).split("\n");
        if (lines.length != 2 || !lines[0].startsWith("archive=") || !lines[1].startsWith("created=")) {
            throw new BackupIntegrityException("backup archive header malformed", null);
        }
        String id = lines[0].substring(8);
        if (!Ids.ID.matcher(id).matches()) {
            throw new BackupIntegrityException("backup archive header has a malformed archive id", null);
        }
        return new String[] {id, lines[1].substring(8)};
    }

    private static Instant parseTime(String s) {
        try {
            return Instant.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BackupIntegrityException("backup archive header has a malformed time", e);
        }
    }

    private static byte[] readHeader(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        try {
            d.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new BackupIntegrityException("not an Uncounted backup archive (bad magic)", null);
            }
            int len = d.readUnsignedShort();
            byte[] header = new byte[len];
            d.readFully(header);
            return header;
        } catch (EOFException e) {
            throw new BackupIntegrityException("backup archive truncated in its header", e);
        }
    }

    private static byte[] aad(byte[] header) {
        byte[] a = Arrays.copyOf(MAGIC, MAGIC.length + header.length);
        System.arraycopy(header, 0, a, MAGIC.length, header.length);
        return a;
    }
}
