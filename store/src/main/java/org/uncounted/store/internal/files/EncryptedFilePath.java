package org.uncounted.store.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.h2.store.fs.FileUtils;

/**
 * H2 file system {@code uncrypt:HANDLE:/path}: every file H2 opens under it (the database, its
 * trace and temporary files) is an {@link EncryptedFileChannel} under the password registered for
 * HANDLE. The handle is a random name for a password held in this JVM's memory only, so that
 * the password never appears in a JDBC URL, a file name or an H2 error message (H2's own
 * {@code encrypt:PASSWORD:/path} scheme puts it in all three).
 *
 * <p>Use {@link #register(byte[])} before opening the database and {@link #forget(String)} after
 * closing it.
 */
public final class EncryptedFilePath extends FilePathWrapper {
    /** The scheme, as written in H2 URLs: {@code jdbc:h2:uncrypt:HANDLE:/dir/cases}. */
    public static final String SCHEME = "uncrypt";

    private static final Map<String, byte[]> PASSWORDS = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        FilePath.register(new EncryptedFilePath());
    }

    /**
     * Keeps {@code password} (copied) under a new random handle and returns the handle. The
     * password bytes are those H2's {@code CIPHER=AES} derives its key from: the UTF-16BE bytes of
     * the file password (see {@link #passwordBytes(char[])}).
     */
    public static String register(byte[] password) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String handle = HexFormat.of().formatHex(id);
        PASSWORDS.put(handle, password.clone());
        return handle;
    }

    /** Drops the password of {@code handle}; files under it can no longer be opened. */
    public static void forget(String handle) {
        byte[] p = PASSWORDS.remove(handle);
        if (p != null) java.util.Arrays.fill(p, (byte) 0);
    }

    /** The bytes H2's {@code CIPHER=AES} makes of a file password: each char as two bytes, big-endian. */
    public static byte[] passwordBytes(char[] filePassword) {
        byte[] out = new byte[filePassword.length * 2];
        for (int i = 0; i < filePassword.length; i++) {
            out[2 * i] = (byte) (filePassword[i] >>> 8);
            out[2 * i + 1] = (byte) filePassword[i];
        }
        return out;
    }

    /** The URL prefix of a database file under {@code handle}. */
    public static String prefix(String handle) {
        return SCHEME + ":" + handle + ":";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        String[] parts = parse(name);
        byte[] password = PASSWORDS.get(parts[0]);
        if (password == null) throw new IOException("no key registered for " + name);
        return new EncryptedFileChannel(name, password, FileUtils.open(parts[1], mode));
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    protected String getPrefix() {
        return prefix(parse(name)[0]);
    }

    @Override
    public FilePath unwrap(String fileName) {
        return FilePath.get(parse(fileName)[1]);
    }

    @Override
    public long size() {
        long stored = Math.max(0, getBase().size() - Xts.SECTOR);
        return (stored & (Xts.SECTOR - 1)) != 0 ? stored - Xts.SECTOR : stored;
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        return newFileChannelOutputStream(open("rw"), append);
    }

    @Override
    public InputStream newInputStream() throws IOException {
        return Channels.newInputStream(open("r"));
    }

    /** {handle, base path} of {@code uncrypt:HANDLE:/path}. */
    private String[] parse(String fileName) {
        String rest = fileName.substring(SCHEME.length() + 1);
        int colon = rest.indexOf(':');
        if (!fileName.startsWith(SCHEME + ":") || colon < 0) {
            throw new IllegalArgumentException("not an " + SCHEME + " file name: " + fileName);
        }
        return new String[] {rest.substring(0, colon), rest.substring(colon + 1)};
    }
}
