package org.h2.store.fs.encrypt;

import java.lang.reflect.Field;
import java.nio.channels.FileChannel;
import org.h2.security.AES;
import org.uncounted.store.internal.files.Xts;

/**
 * H2's XTS with the AES done by the JDK ({@link Xts}, AES-NI), for H2's own encrypted file
 * ({@code CIPHER=AES}). It lives in H2's package because H2's {@code XTS} is package-private; it
 * changes nothing else: H2 still owns the file, its header, key derivation, locking and the
 * encrypted temporary files of large results, which share the database file's XTS. The same key
 * gives the same bytes as H2's own XTS ({@code XtsCompatibilityTest}); lengths other than a
 * whole 4 KiB sector (which H2's {@code FileEncrypt} never asks for) go to H2's implementation.
 *
 * <p>Uncounted code, not part of H2 (H2 is MPL 2.0 / EPL 1.0; this file is under Uncounted's licence).
 */
public final class JdkXts extends XTS {
    private final Xts fast;

    private JdkXts(byte[] key) {
        super(aes(key));
        this.fast = new Xts(key);
    }

    private static AES aes(byte[] key) {
        AES a = new AES();
        a.setKey(key);
        return a;
    }

    @Override
    void encrypt(long id, int len, byte[] data, int offset) {
        if (len == Xts.SECTOR) fast.encrypt(id, data, offset, len);
        else super.encrypt(id, len, data, offset);
    }

    @Override
    void decrypt(long id, int len, byte[] data, int offset) {
        if (len == Xts.SECTOR) fast.decrypt(id, data, offset, len);
        else super.decrypt(id, len, data, offset);
    }

    /**
     * Puts a JDK-AES XTS under {@code key} into {@code channel} if it is H2's encrypted file (and
     * already initialised by H2, i.e. the database is open). Files opened later from it (temporary
     * results) inherit it.
     *
     * @return false if {@code channel} is not an initialised H2 {@code FileEncrypt}, or this H2
     *     version's {@code FileEncrypt} has no field {@code xts} of type XTS
     */
    public static boolean install(FileChannel channel, byte[] key) {
        Field f = xtsField(channel);
        try {
            if (f == null || f.get(channel) == null) return false;
            f.set(channel, new JdkXts(key));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** True if {@code channel} is an H2 encrypted file running on a JDK-AES XTS. */
    public static boolean installedIn(FileChannel channel) {
        Field f = xtsField(channel);
        try {
            return f != null && f.get(channel) instanceof JdkXts;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** FileEncrypt's private {@code XTS xts} field, accessible; null if not such a channel or this H2 differs. */
    private static Field xtsField(FileChannel channel) {
        if (!(channel instanceof FileEncrypt)) return null;
        try {
            Field f = FileEncrypt.class.getDeclaredField("xts");
            if (f.getType() != XTS.class) return null;
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
