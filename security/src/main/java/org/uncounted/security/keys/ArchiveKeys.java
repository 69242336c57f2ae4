package org.uncounted.security.keys;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import org.uncounted.security.internal.Bytes;

/**
 * The case data keys carried inside one backup archive, wrapped under that archive's own key
 * instead of the key-encryption key. The archive key is itself a wrapped key of the store: it is
 * re-wrapped by every master-key rotation (so an archive made before a rotation restores after it,
 * under the new passphrase) and destroyed when the archive's retention expires (so a purge becomes
 * final for every archive made before it). Get one from {@link Keyring#archiveKeys}.
 *
 * <p>Each exported key is bound, as associated data, to the archive, its kind and its owner: a key
 * moved to another case or into another archive does not unwrap.
 */
public final class ArchiveKeys {
    private final Keyring keyring;
    private final String archiveId;
    private final Aead aead;

    ArchiveKeys(Keyring keyring, String archiveId, StreamingAead archiveKey) {
        this.keyring = keyring;
        this.archiveId = Ids.require("archiveId", archiveId);
        this.aead = overStream(archiveKey);
    }

    /** The KEK id exported keys carry: {@code archive:<archive id>} (never a real KEK id). */
    public String marker() {
        return "archive:" + archiveId;
    }

    /**
     * A stored case key (wrapped under the current KEK) re-wrapped under this archive's key.
     *
     * @throws IllegalArgumentException for keys that are not case keys (archive keys never go into archives)
     */
    public WrappedKey export(WrappedKey stored) {
        if (stored.kind() != KeyKind.CASE) {
            throw new IllegalArgumentException("only case keys go into an archive, not " + stored.kind());
        }
        KeysetHandle handle = keyring.unwrapStored(stored);
        try {
            byte[] bytes = TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, aead, aad(stored));
            return new WrappedKey(stored.kind(), stored.ownerId(), marker(), bytes, stored.createdAt());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "wrapping case key " + stored.ownerId() + " for " + archiveId + " failed", e);
        }
    }

    /**
     * An exported key unwrapped with this archive's key and wrapped again under the current KEK,
     * ready to be stored.
     *
     * @throws DecryptionFailedException if it was altered, moved to another owner, or belongs to another archive
     */
    public WrappedKey restore(WrappedKey exported) {
        if (!exported.kekId().equals(marker())) {
            throw new DecryptionFailedException(
                    exported.kind() + " key " + exported.ownerId() + " was not exported into archive " + archiveId,
                    null);
        }
        KeysetHandle handle;
        try {
            handle = TinkProtoKeysetFormat.parseEncryptedKeyset(exported.wrapped(), aead, aad(exported));
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailedException(
                    exported.kind() + " key " + exported.ownerId() + " does not unwrap with archive " + archiveId, e);
        }
        return keyring.wrapStored(exported.kind(), exported.ownerId(), handle, exported.createdAt());
    }

    private byte[] aad(WrappedKey k) {
        return Bytes.lengthPrefixed(
                "uncounted/archive-key/v1", archiveId, k.kind().name(), k.ownerId());
    }

    /**
     * An AEAD over the archive's streaming key: each call is one short stream with its own random
     * salt and nonce prefix (Tink's AES-GCM-HKDF streaming construction), authenticated with the
     * associated data.
     */
    private static Aead overStream(StreamingAead s) {
        return new Aead() {
            @Override
            public byte[] encrypt(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
                ByteArrayOutputStream out = new ByteArrayOutputStream(plaintext.length + 64);
                try (OutputStream enc = s.newEncryptingStream(out, associatedData)) {
                    enc.write(plaintext);
                } catch (IOException e) {
                    throw new GeneralSecurityException("stream encryption failed", e);
                }
                return out.toByteArray();
            }

            @Override
            public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
                try (InputStream in = s.newDecryptingStream(new ByteArrayInputStream(ciphertext), associatedData)) {
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new GeneralSecurityException("does not authenticate", e);
                }
            }
        };
    }
}
