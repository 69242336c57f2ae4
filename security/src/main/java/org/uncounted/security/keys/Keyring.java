package org.uncounted.security.keys;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.uncounted.model.SensitiveText;
import org.uncounted.security.internal.Bytes;
import org.uncounted.security.internal.TinkKeys;

/**
 * Per-case envelope encryption. Each case has its own data key (a Tink AES-256-GCM keyset),
 * stored only wrapped under the key-encryption key; every field value is encrypted with its
 * case's key and bound to its {@link FieldAddress} as associated data.
 *
 * <p>Thread-safe. Unwrapped data keys are cached in memory (at most {@value #CACHE_SIZE} cases)
 * until {@link #close()}; see docs/security.md for what the JVM does not let us erase.
 */
public final class Keyring implements AutoCloseable {
    static final int CACHE_SIZE = 4096;

    /**
     * How long backup archives stay readable: 30 days. A purge is complete (no copy anywhere can
     * decrypt the case) once every archive made before it has expired, i.e. at most this long after
     * the purge. Shown to users by the purge command; see docs/security.md.
     */
    public static final Duration DEFAULT_BACKUP_RETENTION = Duration.ofDays(30);

    private static final SensitiveText.Access ACCESS =
            SensitiveText.Access.grantedTo("security: encrypt identifying field for storage");

    private final WrappedKeyRepository repository;
    private final Clock clock;
    private KeyringRoot root;
    private Aead kek;
    private Aead sealed;
    private boolean closed;
    private final Map<String, Aead> cache = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Aead> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private Keyring(KeyringRoot root, WrappedKeyRepository repository, Clock clock) {
        TinkKeys.init();
        this.root = root;
        this.kek = root.kekAead();
        this.repository = Objects.requireNonNull(repository, "repository");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A keyring over an unlocked root; it takes ownership of the root and closes it on {@link #close()}. */
    public static Keyring of(KeyringRoot root, WrappedKeyRepository repository, Clock clock) {
        return new Keyring(root, repository, clock);
    }

    /** A keyring with the system UTC clock. */
    public static Keyring of(KeyringRoot root, WrappedKeyRepository repository) {
        return of(root, repository, Clock.systemUTC());
    }

    /** The current header (changes on {@link #rotate}). */
    public synchronized KeyringHeader header() {
        return root.header();
    }

    /** The H2 file password; see {@link KeyringRoot#h2FilePassword()}. */
    public synchronized char[] h2FilePassword() {
        return root.h2FilePassword();
    }

    // ---- case data keys ------------------------------------------------------------------

    /** Generates and stores a new data key for a case; fails if the case already has one. */
    public synchronized void createCaseKey(String caseId) {
        checkOpen();
        Ids.require("caseId", caseId);
        KeysetHandle handle = generate(PredefinedAeadParameters.AES256_GCM);
        repository.insert(wrap(KeyKind.CASE, caseId, handle, clock.instant()));
        cache.put(caseId, primitive(handle, Aead.class));
    }

    /** True if the case has a data key (it was created and not destroyed). */
    public boolean hasCaseKey(String caseId) {
        return repository.find(KeyKind.CASE, caseId).isPresent();
    }

    /** Encrypts a field value at its address. @throws CaseKeyUnavailableException if the case has no key */
    public byte[] encrypt(FieldAddress address, byte[] plaintext) {
        try {
            return caseAead(address.caseId()).encrypt(plaintext, address.associatedData());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed for " + address, e);
        }
    }

    /**
     * Decrypts a field value read at {@code address}.
     *
     * @throws CaseKeyUnavailableException if the case's key was destroyed or never existed
     * @throws DecryptionFailedException if the ciphertext was altered or belongs to another address
     */
    public byte[] decrypt(FieldAddress address, byte[] ciphertext) {
        try {
            return caseAead(address.caseId()).decrypt(ciphertext, address.associatedData());
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailedException("ciphertext does not authenticate at " + address, e);
        }
    }

    /** Encrypts identifying text (UTF-8) at its address; the text is read only here. */
    public byte[] encrypt(FieldAddress address, SensitiveText text) {
        return encryptString(address, text.reveal(ACCESS));
    }

    /** Decrypts identifying text written by {@link #encrypt(FieldAddress, SensitiveText)}. */
    public SensitiveText decryptText(FieldAddress address, byte[] ciphertext) {
        return SensitiveText.of(decryptString(address, ciphertext));
    }

    /** UTF-8 convenience for {@link #encrypt}. */
    public byte[] encryptString(FieldAddress address, String plaintext) {
        return encrypt(address, plaintext.getBytes(StandardCharsets.UTF_8));
    }

    /** UTF-8 convenience for {@link #decrypt}; the String cannot be wiped (see docs/security.md). */
    public String decryptString(FieldAddress address, byte[] ciphertext) {
        byte[] p = decrypt(address, ciphertext);
        try {
            return new String(p, StandardCharsets.UTF_8);
        } finally {
            Bytes.zero(p);
        }
    }

    /**
     * Crypto-shreds a case: deletes its wrapped data key from the repository and drops the
     * cached copy. Every ciphertext of the case becomes undecryptable here; copies of the wrapped
     * key in backups stay usable until those backups expire (docs/security.md).
     *
     * @return false if the case had no key
     */
    public synchronized boolean destroy(String caseId) {
        Ids.require("caseId", caseId);
        cache.remove(caseId);
        return repository.delete(KeyKind.CASE, caseId);
    }

    private synchronized Aead caseAead(String caseId) {
        checkOpen();
        Aead cached = cache.get(caseId);
        if (cached != null) {
            return cached;
        }
        WrappedKey w = repository.find(KeyKind.CASE, caseId).orElseThrow(() -> new CaseKeyUnavailableException(caseId));
        Aead aead = primitive(unwrap(w), Aead.class);
        cache.put(caseId, aead);
        return aead;
    }

    // ---- backup archive keys -------------------------------------------------------------

    /** Generates and stores the streaming key of a new backup archive. */
    public synchronized StreamingAead createBackupKey(String archiveId) {
        checkOpen();
        Ids.require("archiveId", archiveId);
        KeysetHandle handle = generate(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_4KB);
        repository.insert(wrap(KeyKind.BACKUP, archiveId, handle, clock.instant()));
        return primitive(handle, StreamingAead.class);
    }

    /** The streaming key of an existing archive. @throws BackupKeyUnavailableException if unknown or expired */
    public synchronized StreamingAead backupKey(String archiveId) {
        checkOpen();
        WrappedKey w = repository
                .find(KeyKind.BACKUP, archiveId)
                .orElseThrow(() -> new BackupKeyUnavailableException(archiveId));
        return primitive(unwrap(w), StreamingAead.class);
    }

    /**
     * The case keys of archive {@code archiveId}, wrapped under the archive's own key (see
     * {@link ArchiveKeys}): what a backup writes instead of KEK-wrapped keys, so that it survives a
     * rotation and dies with its archive key.
     *
     * @throws BackupKeyUnavailableException if the archive's key is unknown or expired
     */
    public synchronized ArchiveKeys archiveKeys(String archiveId) {
        return new ArchiveKeys(this, archiveId, backupKey(archiveId));
    }

    /** Unwraps a stored key under the current KEK (for {@link ArchiveKeys}). */
    synchronized KeysetHandle unwrapStored(WrappedKey w) {
        checkOpen();
        return unwrap(w);
    }

    /** Wraps a key under the current KEK (for {@link ArchiveKeys}). */
    synchronized WrappedKey wrapStored(KeyKind kind, String ownerId, KeysetHandle handle, Instant createdAt) {
        checkOpen();
        return wrap(kind, ownerId, handle, createdAt);
    }

    /**
     * Destroys every backup-archive key older than {@code retention}: those archives (made before
     * any purge since) can no longer be read, so a purged case cannot be revived from them.
     *
     * @return the archive ids whose keys were destroyed
     */
    public synchronized List<String> expireBackupKeys(Duration retention) {
        Instant cutoff = clock.instant().minus(retention);
        List<String> expired = new ArrayList<>();
        for (WrappedKey w : repository.findAll()) {
            if (w.kind() == KeyKind.BACKUP && w.createdAt().isBefore(cutoff)) {
                repository.delete(KeyKind.BACKUP, w.ownerId());
                expired.add(w.ownerId());
            }
        }
        return expired;
    }

    // ---- derived keys --------------------------------------------------------------------

    /** The blind indexer (its key derives from the stable secret, separate from the data keys). */
    public synchronized BlindIndexer blindIndexer() {
        byte[] k = root.derive("blind-index", 32);
        try {
            return new BlindIndexer(k);
        } finally {
            Bytes.zero(k);
        }
    }

    /** The audit-log MAC key (32 bytes); the caller zeroes it when done. */
    public synchronized byte[] auditMacKey() {
        return root.derive("audit-mac", 32);
    }

    /**
     * Encrypts a small system secret that is not case data — a user's TOTP secret, an API token —
     * under a key derived from the stable secret (so it survives rotation and never depends on a
     * case key), bound to {@code purpose} and {@code ownerId} as associated data.
     */
    public byte[] sealSecret(String purpose, String ownerId, byte[] secret) {
        try {
            return sealAead().encrypt(secret, sealAad(purpose, ownerId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing " + purpose + " secret for " + ownerId + " failed", e);
        }
    }

    /**
     * Decrypts a secret sealed by {@link #sealSecret}; the caller zeroes the result.
     *
     * @throws DecryptionFailedException if altered or sealed for another purpose or owner
     */
    public byte[] openSecret(String purpose, String ownerId, byte[] sealed) {
        try {
            return sealAead().decrypt(sealed, sealAad(purpose, ownerId));
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailedException(
                    "sealed " + purpose + " secret of " + ownerId + " does not authenticate", e);
        }
    }

    private synchronized Aead sealAead() {
        if (sealed == null) {
            byte[] k = root.derive("sealed-secrets", 32);
            sealed = TinkKeys.aes256Gcm(k);
            Bytes.zero(k);
        }
        return sealed;
    }

    private static byte[] sealAad(String purpose, String ownerId) {
        Ids.require("purpose", purpose);
        Ids.require("ownerId", ownerId);
        return Bytes.lengthPrefixed("uncounted/sealed/v1", purpose, ownerId);
    }

    /**
     * The 32-byte Ed25519 seed that signs audit checkpoints (stable across rotation); the caller
     * zeroes it. Use with {@code new CheckpointSigner(seed, origin)}.
     */
    public synchronized byte[] auditSigningSeed() {
        return root.derive("audit-checkpoint-ed25519", 32);
    }

    // ---- rotation ------------------------------------------------------------------------

    /**
     * Rotates the master key and the key-encryption key: a fresh KEK is generated, every wrapped
     * key (case and backup) is unwrapped and re-wrapped under it, all in memory first; only then
     * is the repository updated with {@link WrappedKeyRepository#replaceAll} and the new header
     * returned. Field ciphertexts are untouched (the data keys do not change).
     *
     * <p>The caller must persist {@link RotationResult#header()} right after this returns
     * (protocol for crash safety: docs/security.md).
     */
    public synchronized RotationResult rotate(Unlock newUnlock, KdfParameters kdf) {
        return rotate(newUnlock, kdf, header -> {});
    }

    /**
     * As {@link #rotate(Unlock, KdfParameters)}, handing the new header to {@code stageHeader}
     * after every key has been re-wrapped in memory and before the repository is updated, so the
     * store can write it to a staging file ({@code keyring.next}) first. If {@code stageHeader}
     * throws, nothing has been written.
     */
    public synchronized RotationResult rotate(
            Unlock newUnlock, KdfParameters kdf, java.util.function.Consumer<KeyringHeader> stageHeader) {
        checkOpen();
        byte[] newKekBytes = KeyringRoot.random32();
        KeyringRoot newRoot = root.rewrap(newKekBytes, newUnlock, kdf);
        Aead newKek = newRoot.kekAead();
        String newKekId = newRoot.header().kekId();
        List<WrappedKey> rewrapped = new ArrayList<>();
        for (WrappedKey w : repository.findAll()) {
            KeysetHandle handle = unwrap(w);
            byte[] aad = wrapAad(w.kind(), w.ownerId());
            try {
                byte[] bytes = TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, newKek, aad);
                TinkProtoKeysetFormat.parseEncryptedKeyset(bytes, newKek, aad); // verify before committing
                rewrapped.add(new WrappedKey(w.kind(), w.ownerId(), newKekId, bytes, w.createdAt()));
            } catch (GeneralSecurityException e) {
                newRoot.close();
                throw new IllegalStateException("re-wrapping " + w.kind() + " key " + w.ownerId() + " failed", e);
            }
        }
        try {
            stageHeader.accept(newRoot.header());
            repository.replaceAll(rewrapped);
        } catch (RuntimeException e) {
            newRoot.close();
            throw e;
        }
        KeyringRoot old = root;
        root = newRoot;
        kek = newKek;
        old.close();
        return new RotationResult(newRoot.header(), rewrapped.size());
    }

    // ---- machinery -----------------------------------------------------------------------

    private static KeysetHandle generate(com.google.crypto.tink.Parameters params) {
        try {
            return KeysetHandle.generateNew(params);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("key generation failed", e);
        }
    }

    private WrappedKey wrap(KeyKind kind, String ownerId, KeysetHandle handle, Instant createdAt) {
        try {
            byte[] bytes = TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, kek, wrapAad(kind, ownerId));
            return new WrappedKey(kind, ownerId, root.header().kekId(), bytes, createdAt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("wrapping " + kind + " key " + ownerId + " failed", e);
        }
    }

    private KeysetHandle unwrap(WrappedKey w) {
        String current = root.header().kekId();
        if (!w.kekId().equals(current)) {
            throw new KeyringMismatchException(w.kind() + " key " + w.ownerId() + " is wrapped under kek " + w.kekId()
                    + " but the keyring's kek is " + current + " (interrupted rotation?)");
        }
        try {
            return TinkProtoKeysetFormat.parseEncryptedKeyset(w.wrapped(), kek, wrapAad(w.kind(), w.ownerId()));
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailedException(
                    w.kind() + " key " + w.ownerId() + " does not unwrap (altered or moved)", e);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("keyring is closed");
        }
    }

    private static byte[] wrapAad(KeyKind kind, String ownerId) {
        return Bytes.lengthPrefixed("uncounted/wrapped-key/v1", kind.name(), ownerId);
    }

    private static <P> P primitive(KeysetHandle handle, Class<P> type) {
        try {
            return handle.getPrimitive(RegistryConfiguration.get(), type);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /** Drops cached data keys and zeroes the root secrets. The keyring is unusable afterwards. */
    @Override
    public synchronized void close() {
        closed = true;
        cache.clear();
        sealed = null;
        root.close();
    }

    @Override
    public String toString() {
        return "Keyring[kek " + root.header().kekId() + "]";
    }
}
