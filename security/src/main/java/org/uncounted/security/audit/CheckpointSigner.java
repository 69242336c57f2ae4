package org.uncounted.security.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.uncounted.security.internal.Bytes;
import org.uncounted.security.internal.Ed25519;
import org.uncounted.security.keys.Ids;

/**
 * Signs audit checkpoints with the installation's Ed25519 key (seed from
 * {@code Keyring.auditSigningSeed()}, so it survives master-key rotation). Publish
 * {@link #publicKeyText()} once (report appendix, partner organisations, lawyer); from then on
 * anyone can check signed checkpoints and, with {@link AuditVerifier#extendsCheckpoint}, that the
 * log only grew between two of them.
 */
public final class CheckpointSigner implements AutoCloseable {
    private final byte[] seed;
    private final String origin;

    /** @param seed 32-byte private seed (copied; zero yours) */
    public CheckpointSigner(byte[] seed, String origin) {
        if (seed == null || seed.length != 32) {
            throw new IllegalArgumentException("Ed25519 seed must be 32 bytes");
        }
        this.seed = seed.clone();
        this.origin = Ids.require("origin", origin);
    }

    /** Signs a chain checkpoint and the Merkle tree head of the same entries, as of {@code time}. */
    public SignedCheckpoint sign(AuditCheckpoint checkpoint, byte[] treeRoot, Instant time) {
        SignedCheckpoint unsigned = new SignedCheckpoint(origin, checkpoint, treeRoot, time, new byte[64]);
        byte[] sig = Ed25519.sign(seed, unsigned.body().getBytes(StandardCharsets.UTF_8));
        return new SignedCheckpoint(origin, checkpoint, treeRoot, time, sig);
    }

    /** Signs the head of {@code entries} (the whole stored log): chain head and Merkle tree head. */
    public SignedCheckpoint sign(List<AuditEntry> entries, Instant time) {
        byte[] head = entries.isEmpty()
                ? new byte[32]
                : entries.get(entries.size() - 1).entryHash();
        byte[] tree = MerkleTree.root(MerkleTree.leafHashes(entries), entries.size());
        return sign(new AuditCheckpoint(entries.size(), head), tree, time);
    }

    /** The 32-byte public key. */
    public byte[] publicKey() {
        return Ed25519.publicKey(seed);
    }

    /** {@code ed25519 <base64>}: the form to publish. */
    public String publicKeyText() {
        return "ed25519 " + Base64.getEncoder().encodeToString(publicKey());
    }

    /** Zeroes the seed. */
    @Override
    public void close() {
        Bytes.zero(seed);
    }
}
