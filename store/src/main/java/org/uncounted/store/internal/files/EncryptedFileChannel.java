package org.uncounted.store.internal.files;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.h2.security.SHA256;
import org.h2.store.fs.FileBaseDefault;

/**
 * A file encrypted in H2's {@code CIPHER=AES} format, with the AES done by the JDK
 * ({@link Xts}). The layout, kept identical so that either implementation opens the other's
 * files: a 4 KiB header ({@code "H2encrypt\n"}, an 8-byte random salt, zeros); then the data in
 * 4 KiB sectors, each XTS-encrypted under a key PBKDF2-HMAC-SHA256(password, salt, 10 rounds, 16
 * bytes). A logical size that is not a whole number of sectors is recorded by leaving that many
 * extra bytes after the last sector, so the size survives a reopen.
 *
 * <p>The password is not the passphrase: it is the store's file key (256 bits from the keyring,
 * see {@code KeyringRoot.h2FilePassword}), so the 10 PBKDF2 rounds only bind it to the salt.
 *
 * <p>Positional reads and writes may run on several threads at once, as on any {@link
 * FileChannel}; each thread gets its own cipher objects.
 */
final class EncryptedFileChannel extends FileBaseDefault {
    private static final int SECTOR = Xts.SECTOR;
    private static final int HEADER_LENGTH = SECTOR;
    private static final byte[] MAGIC = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SALT_LENGTH = 8;
    private static final int ROUNDS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String name;
    private final FileChannel base;
    private byte[] password;
    private volatile byte[] key;
    private ThreadLocal<Xts> xts;
    private volatile long size;

    EncryptedFileChannel(String name, byte[] password, FileChannel base) {
        // no I/O here: H2 locks the file first
        this.name = name;
        this.password = password.clone();
        this.base = base;
    }

    /** Reads or writes the header on first use, and derives the key. */
    private Xts xts() throws IOException {
        if (key == null) init();
        return xts.get();
    }

    private synchronized void init() throws IOException {
        if (key != null) return;
        long stored = base.size() - HEADER_LENGTH;
        byte[] salt = new byte[SALT_LENGTH];
        if (stored >= 0) {
            byte[] header = new byte[MAGIC.length + SALT_LENGTH];
            readFully(base, 0, ByteBuffer.wrap(header));
            if (!Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
                throw new IOException("not an encrypted store file: " + name);
            }
            System.arraycopy(header, MAGIC.length, salt, 0, SALT_LENGTH);
            size = (stored & (SECTOR - 1)) != 0 ? stored - SECTOR : stored;
        } else {
            RANDOM.nextBytes(salt);
            byte[] header = Arrays.copyOf(MAGIC, HEADER_LENGTH);
            System.arraycopy(salt, 0, header, MAGIC.length, SALT_LENGTH);
            writeFully(base, 0, ByteBuffer.wrap(header));
            size = 0;
        }
        byte[] k = SHA256.getPBKDF2(password, salt, ROUNDS, 16);
        Arrays.fill(password, (byte) 0);
        password = null;
        xts = ThreadLocal.withInitial(() -> new Xts(k));
        key = k;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        int len = dst.remaining();
        if (len == 0) return 0;
        Xts x = xts();
        if (position < 0) throw new IllegalArgumentException("negative position " + position);
        if (position >= size) return -1;
        len = (int) Math.min(len, size - position);
        long from = position / SECTOR * SECTOR;
        int skip = (int) (position - from);
        int span = (skip + len + SECTOR - 1) / SECTOR * SECTOR;
        byte[] buf = new byte[span];
        readFully(base, from + HEADER_LENGTH, ByteBuffer.wrap(buf));
        x.decrypt(from / SECTOR, buf, 0, span);
        dst.put(buf, skip, len);
        return len;
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        Xts x = xts();
        int len = src.remaining();
        long from = position / SECTOR * SECTOR;
        int skip = (int) (position - from);
        int span = (skip + len + SECTOR - 1) / SECTOR * SECTOR;
        byte[] buf = new byte[span];
        if (skip != 0 || (len & (SECTOR - 1)) != 0) {
            // partial sectors: keep what they already hold
            long have = Math.max(0, Math.min(span, (size - from + SECTOR - 1) / SECTOR * SECTOR));
            if (have > 0) {
                readFully(base, from + HEADER_LENGTH, ByteBuffer.wrap(buf, 0, (int) have));
                x.decrypt(from / SECTOR, buf, 0, (int) have);
            }
        }
        src.get(buf, skip, len);
        x.encrypt(from / SECTOR, buf, 0, span);
        writeFully(base, from + HEADER_LENGTH, ByteBuffer.wrap(buf));
        synchronized (this) {
            long end = position + len;
            if (end > size) {
                size = end;
                int partial = (int) (end & (SECTOR - 1));
                if (partial > 0) {
                    writeFully(base, from + HEADER_LENGTH + span, ByteBuffer.allocate(partial));
                } else if (base.size() > HEADER_LENGTH + end) {
                    base.truncate(HEADER_LENGTH + end); // the old size's marker bytes
                }
            }
        }
        return len;
    }

    @Override
    protected synchronized void implTruncate(long newSize) throws IOException {
        xts();
        if (newSize < 0) throw new IllegalArgumentException("negative size " + newSize);
        if (newSize > size) return;
        base.truncate(newSize + HEADER_LENGTH + ((newSize & (SECTOR - 1)) != 0 ? SECTOR : 0));
        size = newSize;
    }

    @Override
    public long size() throws IOException {
        xts();
        return size;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        base.close();
    }

    @Override
    public String toString() {
        return name;
    }

    private static void readFully(FileChannel f, long pos, ByteBuffer dst) throws IOException {
        while (dst.hasRemaining()) {
            int n = f.read(dst, pos);
            if (n < 0) throw new EOFException();
            pos += n;
        }
    }

    private static void writeFully(FileChannel f, long pos, ByteBuffer src) throws IOException {
        while (src.hasRemaining()) pos += f.write(src, pos);
    }
}
