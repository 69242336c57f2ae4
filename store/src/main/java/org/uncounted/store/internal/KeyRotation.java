package org.uncounted.store.internal;

import java.util.List;
import java.util.Set;
import org.uncounted.security.audit.AuditAction;
import org.uncounted.security.keys.KdfParameters;
import org.uncounted.security.keys.KeyringHeader;
import org.uncounted.security.keys.RotationResult;
import org.uncounted.security.keys.Unlock;
import org.uncounted.security.keys.WrongPassphraseException;

/**
 * Master-key rotation for a store, crash-safe (docs/security.md, "Rotating the passphrase").
 *
 * <p>Every wrapped key is re-wrapped in memory by {@link org.uncounted.security.keys.Keyring#rotate};
 * the new header is then staged — in {@code keyring.next} for an embedded store, in the
 * {@code keyring} table for a server store — and the wrapped keys are replaced and the rotation
 * audited in ONE transaction. Embedded stores then rename {@code keyring.next} over
 * {@code keyring.header}; {@link #reconcile} finishes or discards an interrupted rotation on open,
 * deciding by the KEK id the committed wrapped keys carry. The H2 file password derives from the
 * stable secret, which rotation carries over, so the database file is not re-keyed.
 */
public final class KeyRotation {
    private KeyRotation() {}

    /** Rotates; returns the number of keys re-wrapped. The passphrase array is not kept. */
    public static int rotate(StoreContext ctx, String actor, char[] newPassphrase) {
        KeyringHeader old = ctx.keyring().header();
        KdfParameters kdf = old.kdf() != null ? old.kdf() : KdfParameters.DEFAULT;
        EmbeddedFiles files = ctx.files();
        try {
            RotationResult result = ctx.write(h -> {
                RotationResult r = ctx.keyring().rotate(Unlock.passphrase(newPassphrase), kdf, next -> {
                    if (files != null) {
                        files.writeNextHeader(next);
                    } else {
                        h.execute("DELETE FROM keyring WHERE id = 1");
                        h.createUpdate("INSERT INTO keyring (id, header, updated_at) VALUES (1, :h, CURRENT_TIMESTAMP)")
                                .bind("h", next.encode())
                                .execute();
                    }
                });
                ctx.audit()
                        .append(
                                actor,
                                AuditAction.KEYRING_ROTATED,
                                List.of(old.kekId(), r.header().kekId()));
                return r;
            });
            if (files != null) files.promoteNextHeader();
            return result.keysRewrapped();
        } catch (RuntimeException e) {
            // keyring.next is left in place: whether the transaction committed is decided on the
            // next open by the KEK id of the stored wraps (reconcile), never guessed here
            if (!ctx.keyring().header().kekId().equals(old.kekId())) {
                throw new IllegalStateException(
                        "rotation failed after re-wrapping in memory; close and reopen the store with the old"
                                + " passphrase",
                        e);
            }
            throw e;
        }
    }

    /**
     * Finishes or discards an interrupted rotation of an embedded store, given the KEK ids of the
     * committed wrapped keys. {@code unlocked} is the header the passphrase opened.
     *
     * @throws WrongPassphraseException if the passphrase opens the header that did not win
     */
    public static void reconcile(
            EmbeddedFiles files, KeyringHeader current, KeyringHeader next, KeyringHeader unlocked, Set<String> keks) {
        boolean committed = keks.isEmpty() ? unlocked.kekId().equals(next.kekId()) : keks.contains(next.kekId());
        if (committed) {
            if (!unlocked.kekId().equals(next.kekId())) {
                throw new WrongPassphraseException("wrong passphrase (the passphrase was rotated)");
            }
            files.promoteNextHeader();
        } else {
            if (!unlocked.kekId().equals(current.kekId())) {
                throw new WrongPassphraseException("wrong passphrase (an interrupted rotation was not committed)");
            }
            files.deleteNextHeader();
        }
    }
}
