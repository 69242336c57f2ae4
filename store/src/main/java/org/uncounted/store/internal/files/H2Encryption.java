package org.uncounted.store.internal.files;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.security.SHA256;
import org.h2.store.fs.encrypt.FilePathEncrypt;
import org.h2.store.fs.encrypt.JdkXts;

/**
 * Speeds up an open H2 database with {@code CIPHER=AES}: swaps the XTS inside H2's encrypted file
 * for {@link JdkXts} (the JDK's AES-NI instead of H2's Java AES). The file stays H2's in every
 * other respect. The key is derived as H2 derives it: PBKDF2-HMAC-SHA256 of the file password's
 * bytes as H2 encodes them (UTF-16BE) with the 8-byte salt at offset 10 of the file header, 10 rounds, 16 bytes.
 *
 * <p>Best effort by design: if this H2 version's internals differ (it reaches a private field of
 * H2's file store), nothing is changed and H2's own, slower, AES keeps running; the store works
 * either way, and {@code H2EncryptionTest} fails so that an upgrade that loses the speed is noticed.
 */
public final class H2Encryption {
    private static final byte[] MAGIC = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);

    private H2Encryption() {}

    /**
     * @param connection an open connection to the database (any connection of its pool)
     * @param dbFile the {@code .mv.db} file
     * @param filePassword H2's file password (the first half of the JDBC password)
     * @return true if the JDK AES is now in use
     */
    public static boolean accelerate(Connection connection, Path dbFile, char[] filePassword) {
        try {
            FileChannel channel = channel(connection);
            if (channel == null) return false;
            byte[] salt = salt(dbFile);
            if (salt == null) return false;
            byte[] password = FilePathEncrypt.getPasswordBytes(filePassword); // H2's own encoding of it
            byte[] key = SHA256.getPBKDF2(password, salt, 10, 16);
            Arrays.fill(password, (byte) 0);
            boolean done = JdkXts.install(channel, key);
            Arrays.fill(key, (byte) 0);
            return done;
        } catch (IOException | SQLException | RuntimeException e) {
            return false;
        }
    }

    /** True if the database behind {@code connection} runs on the JDK's AES. */
    public static boolean accelerated(Connection connection) {
        try {
            FileChannel c = channel(connection);
            return c != null && JdkXts.installedIn(c);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** The database file's channel (H2's FileEncrypt when CIPHER=AES), or null. */
    private static FileChannel channel(Connection connection) throws SQLException {
        JdbcConnection jdbc = connection.unwrap(JdbcConnection.class);
        if (!(jdbc.getSession() instanceof SessionLocal session)) return null;
        FileStore<?> store = session.getDatabase().getStore().getMvStore().getFileStore();
        for (Class<?> c = store.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField("fileChannel");
                f.setAccessible(true);
                return f.get(store) instanceof FileChannel fc ? fc : null;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                return null;
            }
        }
        return null;
    }

    private static byte[] salt(Path dbFile) throws IOException {
        try (FileChannel f = FileChannel.open(dbFile, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(MAGIC.length + 8);
            while (header.hasRemaining() && f.read(header, header.position()) > 0) {}
            byte[] h = header.array();
            if (!Arrays.equals(Arrays.copyOf(h, MAGIC.length), MAGIC)) return null;
            return Arrays.copyOfRange(h, MAGIC.length, MAGIC.length + 8);
        }
    }
}
