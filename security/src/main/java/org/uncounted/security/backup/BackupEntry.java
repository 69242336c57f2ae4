package org.uncounted.security.backup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file to put in a backup archive.
 *
 * @param name relative path inside the archive ({@code db/uncounted.mv.db}); no {@code ..}, no leading slash
 * @param content opens the bytes (called once, the stream is closed by the archive)
 */
public record BackupEntry(String name, Content content) {
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._\\-]+(/[A-Za-z0-9._\\-]+)*");

    /** Opens an entry's bytes. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    public BackupEntry {
        requireName(name);
        Objects.requireNonNull(content, "content");
    }

    static String requireName(String name) {
        if (name == null || name.length() > 512 || !NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("backup entry name must be a relative path of [A-Za-z0-9._-] segments"
                    + " without '..'; got " + (name == null ? "null" : "'" + name + "'"));
        }
        return name;
    }

    /** An entry from bytes in memory. */
    public static BackupEntry of(String name, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new BackupEntry(name, () -> new ByteArrayInputStream(copy));
    }
}
