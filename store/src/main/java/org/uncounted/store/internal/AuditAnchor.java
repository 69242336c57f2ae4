package org.uncounted.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.uncounted.security.audit.CheckpointSigner;
import org.uncounted.security.audit.SignedCheckpoint;
import org.uncounted.security.keys.Keyring;

/**
 * The audit log's external anchor: a checkpoint signed with the installation's Ed25519 key
 * ({@link CheckpointSigner}) kept in a file outside the database — {@code audit.anchor} in an
 * embedded store's data directory, or any path (another disk, a mounted share) for a server
 * store. It is rewritten after every committed write, so deleting the newest audit entries, or
 * rolling the whole database back to an older copy, leaves a log shorter than (or diverging from)
 * the anchor, which {@code audit verify} reports.
 *
 * <p>The anchor is never overwritten by a state that does not extend it: before each rewrite the
 * entry at the anchored size must still be in the table with the anchored hash. Once that fails
 * (truncation or rollback seen) the file is left alone as evidence until a person moves it away.
 * Someone able to roll back the database <em>and</em> replace this file with an older anchor is
 * caught only by copies kept elsewhere (witnesses): {@code audit verify} prints the anchor for that.
 */
public final class AuditAnchor {
    /** Origin line of signed checkpoints. */
    public static final String ORIGIN = "uncounted";

    private final Path file;
    private final CheckpointSigner signer;
    private final Clock clock;
    private SignedCheckpoint last;
    private boolean frozen;

    public AuditAnchor(Path file, Keyring keyring, Clock clock) {
        this.file = file;
        byte[] seed = keyring.auditSigningSeed();
        try {
            this.signer = new CheckpointSigner(seed, ORIGIN);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
        this.clock = clock;
        try {
            this.last = read().orElse(null);
        } catch (IllegalArgumentException malformed) {
            this.frozen = true; // kept as evidence; audit verify reports it
        }
    }

    public Path file() {
        return file;
    }

    /** The installation's public key, {@code ed25519 <base64>}. */
    public String publicKeyText() {
        return signer.publicKeyText();
    }

    /** True if the signature of {@code c} verifies under this installation's key. */
    public boolean signedHere(SignedCheckpoint c) {
        return c.verify(signer.publicKey());
    }

    /** True once the stored log was found not to extend the anchor (the file is then kept as evidence). */
    public synchronized boolean frozen() {
        return frozen;
    }

    /** The anchor as stored in the file now, if any. @throws IllegalArgumentException if it is malformed */
    public Optional<SignedCheckpoint> read() {
        if (!Files.exists(file)) return Optional.empty();
        try {
            return Optional.of(SignedCheckpoint.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read audit anchor " + file, e);
        }
    }

    /**
     * After a commit: signs {@code head} (the state that transaction committed) and writes it,
     * unless it is not newer than the last anchor or the stored log no longer extends the last
     * anchor.
     */
    public synchronized void advance(Jdbi jdbi, AuditTrail.Head head) {
        if (frozen) return;
        // never move backwards: a concurrent transaction may have anchored a later head already
        if (last != null && head.checkpoint().size() <= last.checkpoint().size()) return;
        if (last != null && !extendsLast(jdbi, head)) {
            frozen = true;
            return;
        }
        SignedCheckpoint next = signer.sign(head.checkpoint(), head.treeRoot(), clock.instant());
        write(next.text());
        last = next;
    }

    private boolean extendsLast(Jdbi jdbi, AuditTrail.Head head) {
        long n = last.checkpoint().size();
        if (n == 0) return true;
        if (head.checkpoint().size() < n) return false;
        byte[] stored = jdbi.withHandle(h -> h.createQuery("SELECT entry_hash FROM audit_log WHERE seq = :n")
                .bind("n", n)
                .mapTo(byte[].class)
                .findOne()
                .orElse(null));
        return stored != null && Arrays.equals(stored, last.checkpoint().headHash());
    }

    private void write(String text) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write audit anchor " + file, e);
        }
    }
}
