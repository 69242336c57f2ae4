package org.uncounted.security.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.uncounted.security.internal.Bytes;

/**
 * Key files: 32 random bytes, base64, after a header line. Keep them off the machine that
 * holds the database (a USB stick in a safe), or they protect nothing.
 */
public final class KeyFiles {
    static final String HEADER = "uncounted-master-key v1";

    private KeyFiles() {}

    /** Writes a new key file (owner-only permissions where the file system supports them); fails if it exists. */
    public static void generate(Path path) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        byte[] text =
                (HEADER + "\n" + Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.write(path, text, StandardOpenOption.TRUNCATE_EXISTING);
            } else {
                Files.write(path, text, StandardOpenOption.CREATE_NEW);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write key file " + path, e);
        } finally {
            Bytes.zero(key);
            Bytes.zero(text);
        }
    }

    /** Reads the 32 key bytes; the caller zeroes them. */
    static byte[] read(Path path) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key file " + path, e);
        }
        try {
            String[] lines = new String(raw, StandardCharsets.US_ASCII).split("\n");
            if (lines.length < 2 || !lines[0].strip().equals(HEADER)) {
                throw new IllegalArgumentException("key file " + path + " lacks the header line '" + HEADER + "'");
            }
            byte[] key = Base64.getDecoder().decode(lines[1].strip());
            if (key.length != 32) {
                throw new IllegalArgumentException("key file " + path + " holds " + key.length + " bytes, expected 32");
            }
            return key;
        } finally {
            Bytes.zero(raw);
        }
    }
}
