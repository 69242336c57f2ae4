package org.uncounted.store.internal.files;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * XTS-AES-128 over whole 4 KiB sectors (IEEE P1619), in the variant H2's {@code CIPHER=AES}
 * writes: one key encrypts both the tweak and the data, the tweak of sector s is
 * E(s as a 16-byte little-endian number), and block j of the sector uses that tweak multiplied by
 * α^j in GF(2^128) (little-endian, feedback 0x87).
 *
 * <p>Why: H2's own XTS runs a table-driven AES written in Java (about 80 MB/s here) block by
 * block, and was the largest single cost of an import. This one hands a whole sector to the JDK's
 * "AES/ECB/NoPadding" in one call, which HotSpot runs on the AES-NI instructions, and does only the
 * tweak arithmetic (two shifts and an xor per 16 bytes) in Java. It is installed inside H2's own
 * encrypted file ({@link H2Encryption}), so the file format, H2's file handling and its encrypted
 * temporary files are all H2's; the result is byte for byte what H2's XTS computes
 * ({@code XtsCompatibilityTest}).
 *
 * <p>Thread-safe: each thread gets its own cipher objects.
 */
public final class Xts {
    public static final int SECTOR = 4096;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long FEEDBACK = 0x87;

    private final ThreadLocal<Cipher[]> ciphers;

    /** @param key the 16-byte AES key */
    public Xts(byte[] key) {
        SecretKeySpec k = new SecretKeySpec(key, "AES");
        ciphers = ThreadLocal.withInitial(() -> {
            try {
                Cipher e = Cipher.getInstance("AES/ECB/NoPadding");
                e.init(Cipher.ENCRYPT_MODE, k);
                Cipher d = Cipher.getInstance("AES/ECB/NoPadding");
                d.init(Cipher.DECRYPT_MODE, k);
                return new Cipher[] {e, d};
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES is not available in this JDK", e);
            }
        });
        ciphers.get(); // fail now, not on the first write, if AES is missing
    }

    /** Encrypts {@code len} bytes (whole sectors) of {@code data} from {@code off}, the first being sector {@code sector}. */
    public void encrypt(long sector, byte[] data, int off, int len) {
        run(ciphers.get()[0], sector, data, off, len);
    }

    /** Decrypts whole sectors in place; the inverse of {@link #encrypt}. */
    public void decrypt(long sector, byte[] data, int off, int len) {
        run(ciphers.get()[1], sector, data, off, len);
    }

    private void run(Cipher cipher, long sector, byte[] data, int off, int len) {
        Cipher encrypt = ciphers.get()[0];
        if (len % SECTOR != 0) throw new IllegalArgumentException("not whole sectors: " + len);
        int sectors = len / SECTOR;
        byte[] tweaks = new byte[sectors * 16];
        for (int s = 0; s < sectors; s++) LONGS.set(tweaks, s * 16, sector + s);
        try {
            encrypt.doFinal(tweaks, 0, tweaks.length, tweaks, 0);
            xorTweaks(tweaks, data, off, sectors);
            cipher.doFinal(data, off, len, data, off);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES failed on whole blocks", e);
        }
        xorTweaks(tweaks, data, off, sectors);
    }

    /** XORs every 16-byte block with its tweak: the sector's tweak times α to the block's index. */
    private static void xorTweaks(byte[] tweaks, byte[] data, int off, int sectors) {
        for (int s = 0; s < sectors; s++) {
            long lo = (long) LONGS.get(tweaks, s * 16);
            long hi = (long) LONGS.get(tweaks, s * 16 + 8);
            int base = off + s * SECTOR;
            for (int p = base; p < base + SECTOR; p += 16) {
                LONGS.set(data, p, (long) LONGS.get(data, p) ^ lo);
                LONGS.set(data, p + 8, (long) LONGS.get(data, p + 8) ^ hi);
                long carry = hi >>> 63;
                hi = (hi << 1) | (lo >>> 63);
                lo = (lo << 1) ^ (carry * FEEDBACK);
            }
        }
    }
}
