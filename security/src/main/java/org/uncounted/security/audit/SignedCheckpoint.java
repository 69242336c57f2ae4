package org.uncounted.security.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import org.uncounted.security.internal.Bytes;
import org.uncounted.security.internal.Ed25519;
import org.uncounted.security.keys.Ids;

/**
 * An audit checkpoint signed with the installation's Ed25519 key, in a small text form (in the
 * spirit of C2SP signed notes) that can be e-mailed, printed or sent to a witness. Anyone with
 * the public key can check it without any secret.
 *
 * @param origin the installation's id (e.g. {@code org.example.uncounted})
 * @param checkpoint size and head hash of the hash chain
 * @param treeRoot RFC 6962 Merkle tree head over the same {@code size} entries ({@link MerkleTree})
 * @param time when it was signed (the signer's clock; not a trusted time stamp)
 * @param signature Ed25519 signature over {@link #body()}
 */
public record SignedCheckpoint(
        String origin, AuditCheckpoint checkpoint, byte[] treeRoot, Instant time, byte[] signature) {
    static final String MAGIC = "uncounted-audit-checkpoint v1";

    public SignedCheckpoint {
        Ids.require("origin", origin);
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(time, "time");
        if (treeRoot == null || treeRoot.length != 32) {
            throw new IllegalArgumentException("Merkle tree root must be 32 bytes");
        }
        treeRoot = treeRoot.clone();
        if (signature == null || signature.length != 64) {
            throw new IllegalArgumentException("Ed25519 signature must be 64 bytes");
        }
        signature = signature.clone();
    }

    /** The signed text: magic, origin, size, head hash, time. */
    public String body() {
        return MAGIC + "\norigin " + origin + "\nsize " + checkpoint.size() + "\nhead "
                + Bytes.hex(checkpoint.headHash()) + "\ntree " + Bytes.hex(treeRoot) + "\ntime " + time + "\n";
    }

    /** True if the signature verifies under {@code publicKey} (32 bytes). */
    public boolean verify(byte[] publicKey) {
        return Ed25519.verify(publicKey, body().getBytes(StandardCharsets.UTF_8), signature);
    }

    /** Body followed by a {@code sig <base64>} line. */
    public String text() {
        return body() + "sig " + Base64.getEncoder().encodeToString(signature) + "\n";
    }

    /** Parses {@link #text()} (does not verify: call {@link #verify}). */
    public static SignedCheckpoint parse(String text) {
        String[] l = text.split("\n");
        try {
            if (l.length != 7 || !l[0].equals(MAGIC)) {
                throw new IllegalArgumentException("not a signed audit checkpoint");
            }
            String origin = field(l[1], "origin");
            long size = Long.parseLong(field(l[2], "size"));
            byte[] head = Bytes.unhex(field(l[3], "head"));
            byte[] tree = Bytes.unhex(field(l[4], "tree"));
            Instant time = Instant.parse(field(l[5], "time"));
            byte[] sig = Base64.getDecoder().decode(field(l[6], "sig"));
            return new SignedCheckpoint(origin, new AuditCheckpoint(size, head), tree, time, sig);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed signed checkpoint: " + e.getMessage(), e);
        }
    }

    private static String field(String line, String name) {
        if (!line.startsWith(name + " ")) {
            throw new IllegalArgumentException("expected '" + name + "' line");
        }
        return line.substring(name.length() + 1);
    }

    @Override
    public byte[] treeRoot() {
        return treeRoot.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedCheckpoint s && s.text().equals(text());
    }

    @Override
    public int hashCode() {
        return text().hashCode();
    }

    @Override
    public String toString() {
        return "SignedCheckpoint[" + origin + " " + checkpoint.text() + " " + time + "]";
    }
}
