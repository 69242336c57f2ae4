package org.uncounted.security.keys;

import com.google.crypto.tink.Aead;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import org.uncounted.security.internal.Argon2;
import org.uncounted.security.internal.Bytes;
import org.uncounted.security.internal.Hkdf;
import org.uncounted.security.internal.TinkKeys;

/**
 * The unlocked top of the key hierarchy: the key-encryption key (KEK, wraps every data key)
 * and the stable secret (from which the blind-index, audit-MAC, backup and H2 file-password keys
 * are derived). Both are random; the master key (passphrase → Argon2id, or key file) only
 * wraps them, in the {@link KeyringHeader}.
 *
 * <p>Open it first (it needs no database), take {@link #h2FilePassword()} to open the store,
 * then build a {@link Keyring} over the store's {@link WrappedKeyRepository}.
 */
public final class KeyringRoot implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] kek;
    private final byte[] stable;
    private final KeyringHeader header;
    private volatile boolean closed;

    private KeyringRoot(byte[] kek, byte[] stable, KeyringHeader header) {
        this.kek = kek;
        this.stable = stable;
        this.header = header;
    }

    /** Creates fresh random root secrets and wraps them under the master key from {@code unlock}. */
    public static KeyringRoot create(Unlock unlock, KdfParameters kdf) {
        if (unlock instanceof Unlock.Passphrase && kdf == null) {
            throw new IllegalArgumentException("a passphrase keyring needs KDF parameters (KdfParameters.DEFAULT)");
        }
        return wrap(random32(), random32(), unlock, kdf);
    }

    /**
     * Unlocks a stored header.
     *
     * @throws WrongPassphraseException if the passphrase or key file does not match the key check
     * @throws DecryptionFailedException if the header's wrapped root was altered
     */
    public static KeyringRoot unlock(KeyringHeader header, Unlock unlock) {
        byte[] master = masterKey(header, unlock);
        try {
            byte[] check = Hkdf.derive(master, "uncounted/key-check/v1", 32);
            boolean ok = Bytes.constantTimeEquals(check, header.keyCheck());
            if (!ok) {
                throw new WrongPassphraseException("wrong passphrase or key file for keyring " + header.kekId());
            }
            byte[] wrapKey = Hkdf.derive(master, "uncounted/master-wrap/v1", 32);
            Aead wrap = TinkKeys.aes256Gcm(wrapKey);
            Bytes.zero(wrapKey);
            byte[] root;
            try {
                root = wrap.decrypt(header.wrappedRoot(), rootAad(header.kekId()));
            } catch (GeneralSecurityException e) {
                throw new DecryptionFailedException("keyring header root does not authenticate (altered header?)", e);
            }
            byte[] kek = Arrays.copyOfRange(root, 0, 32);
            byte[] stable = Arrays.copyOfRange(root, 32, 64);
            Bytes.zero(root);
            if (!kekId(kek).equals(header.kekId())) {
                throw new DecryptionFailedException("keyring header kek id does not match its root", null);
            }
            return new KeyringRoot(kek, stable, header);
        } finally {
            Bytes.zero(master);
        }
    }

    /** The same KEK and stable secret, wrapped under a new master key (used by rotation). */
    KeyringRoot rewrap(byte[] newKek, Unlock unlock, KdfParameters kdf) {
        if (unlock instanceof Unlock.Passphrase && kdf == null) {
            throw new IllegalArgumentException("a passphrase keyring needs KDF parameters (KdfParameters.DEFAULT)");
        }
        return wrap(newKek, stable.clone(), unlock, kdf);
    }

    private static KeyringRoot wrap(byte[] kek, byte[] stable, Unlock unlock, KdfParameters kdf) {
        KeyringHeader.Source source =
                unlock instanceof Unlock.KeyFile ? KeyringHeader.Source.KEY_FILE : KeyringHeader.Source.PASSPHRASE;
        byte[] salt = source == KeyringHeader.Source.PASSPHRASE ? random(16) : new byte[0];
        KdfParameters k = source == KeyringHeader.Source.PASSPHRASE ? kdf : null;
        byte[] master = deriveMaster(unlock, k, salt);
        byte[] wrapKey = Hkdf.derive(master, "uncounted/master-wrap/v1", 32);
        byte[] root = new byte[64];
        try {
            String id = kekId(kek);
            System.arraycopy(kek, 0, root, 0, 32);
            System.arraycopy(stable, 0, root, 32, 32);
            byte[] wrapped = TinkKeys.aes256Gcm(wrapKey).encrypt(root, rootAad(id));
            byte[] check = Hkdf.derive(master, "uncounted/key-check/v1", 32);
            KeyringHeader header = new KeyringHeader(source, k, salt, check, id, wrapped);
            return new KeyringRoot(kek, stable, header);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap keyring root", e);
        } finally {
            Bytes.zero(master);
            Bytes.zero(wrapKey);
            Bytes.zero(root);
        }
    }

    private static byte[] masterKey(KeyringHeader header, Unlock unlock) {
        boolean isFile = unlock instanceof Unlock.KeyFile;
        if (isFile != (header.source() == KeyringHeader.Source.KEY_FILE)) {
            throw new WrongPassphraseException("keyring " + header.kekId() + " is unlocked by " + header.source()
                    + ", not by " + (isFile ? "a key file" : "a passphrase"));
        }
        return deriveMaster(unlock, header.kdf(), header.salt());
    }

    private static byte[] deriveMaster(Unlock unlock, KdfParameters kdf, byte[] salt) {
        if (unlock instanceof Unlock.KeyFile f) {
            return KeyFiles.read(f.path());
        }
        byte[] pw = Bytes.utf8(((Unlock.Passphrase) unlock).chars());
        try {
            return Argon2.argon2id(pw, salt, kdf.memoryKiB(), kdf.iterations(), kdf.parallelism(), 32);
        } finally {
            Bytes.zero(pw);
        }
    }

    private static byte[] rootAad(String kekId) {
        return Bytes.lengthPrefixed("uncounted/keyring-root/v1", kekId);
    }

    static String kekId(byte[] kek) {
        byte[] d = Hkdf.derive(kek, "uncounted/kek-id/v1", 8);
        return Bytes.hex(d);
    }

    static byte[] random32() {
        return random(32);
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /** The header to persist (write it atomically: temp file, fsync, rename). */
    public KeyringHeader header() {
        return header;
    }

    /** The KEK as a Tink AEAD (package-private: only the keyring wraps keys). */
    Aead kekAead() {
        checkOpen();
        return TinkKeys.aes256Gcm(kek);
    }

    /** A sub-key of the stable secret for one named purpose; the caller zeroes it. */
    byte[] derive(String purpose, int length) {
        checkOpen();
        return Hkdf.derive(stable, "uncounted/" + purpose + "/v1", length);
    }

    /**
     * The H2 file password (64 hex characters, no spaces), for {@code CIPHER=AES}. Derived, never
     * stored; stable across master-key rotation. The caller zeroes the array once H2 is open.
     */
    public char[] h2FilePassword() {
        byte[] k = derive("h2-file-password", 32);
        char[] out = new char[64];
        String digits = "0123456789abcdef";
        for (int i = 0; i < 32; i++) {
            out[2 * i] = digits.charAt((k[i] >> 4) & 0xf);
            out[2 * i + 1] = digits.charAt(k[i] & 0xf);
        }
        Bytes.zero(k);
        return out;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("keyring root is closed");
        }
    }

    /** Zeroes the root secrets. */
    @Override
    public void close() {
        closed = true;
        Bytes.zero(kek);
        Bytes.zero(stable);
    }

    @Override
    public String toString() {
        return "KeyringRoot[kek " + header.kekId() + (closed ? ", closed]" : "]");
    }
}
