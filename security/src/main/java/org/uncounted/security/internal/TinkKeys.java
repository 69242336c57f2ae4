package org.uncounted.security.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingKey;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import com.google.crypto.tink.util.SecretBytes;
import java.security.GeneralSecurityException;

/** Builds Tink primitives from raw key bytes held by the keyring. */
public final class TinkKeys {
    static {
        try {
            AeadConfig.register();
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot register Tink AEAD", e);
        }
    }

    private TinkKeys() {}

    /** Ensures Tink's AEAD and streaming AEAD key managers are registered. */
    public static void init() {
        // the static initialiser does the work
    }

    /** AES-256-GCM (12-byte IV, 16-byte tag, no output prefix) keyed with 32 raw bytes. */
    public static Aead aes256Gcm(byte[] key32) {
        requireLength(key32, 32);
        try {
            AesGcmParameters params = AesGcmParameters.builder()
                    .setKeySizeBytes(32)
                    .setIvSizeBytes(12)
                    .setTagSizeBytes(16)
                    .setVariant(AesGcmParameters.Variant.NO_PREFIX)
                    .build();
            AesGcmKey key = AesGcmKey.builder()
                    .setParameters(params)
                    .setKeyBytes(SecretBytes.copyFrom(key32, InsecureSecretKeyAccess.get()))
                    .build();
            KeysetHandle handle = KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary())
                    .build();
            return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build AES-256-GCM key", e);
        }
    }

    /** Tink StreamingAead AES256_GCM_HKDF_4KB keyed with 32 raw bytes. */
    public static StreamingAead streaming(byte[] key32) {
        requireLength(key32, 32);
        try {
            AesGcmHkdfStreamingKey key = AesGcmHkdfStreamingKey.create(
                    PredefinedStreamingAeadParameters.AES256_GCM_HKDF_4KB,
                    SecretBytes.copyFrom(key32, InsecureSecretKeyAccess.get()));
            KeysetHandle handle = KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary())
                    .build();
            return handle.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build streaming AEAD key", e);
        }
    }

    private static void requireLength(byte[] key, int n) {
        if (key == null || key.length != n) {
            throw new IllegalArgumentException(
                    "key must be " + n + " bytes, was " + (key == null ? "null" : key.length));
        }
    }
}
