package org.uncounted.store.internal;

import java.util.Arrays;
import org.uncounted.security.audit.AuditCheckpoint;
import org.uncounted.security.audit.AuditEntry;
import org.uncounted.security.audit.CheckpointSigner;
import org.uncounted.security.audit.SignedCheckpoint;
import org.uncounted.security.audit.VerificationResult;

/**
 * {@code audit verify}: the stored chain (hashes, MACs, sequence) checked against the newest
 * external evidence there is — a signed checkpoint kept elsewhere, else the store's anchor file,
 * else (embedded stores of before the anchor) the unsigned checkpoint beside the database. A log
 * shorter than the evidence (tail deleted), or one whose entry at the evidence's size has another
 * hash or Merkle tree head (database rolled back, history rewritten), fails. So does a
 * privacy-budget ledger that differs from the charges the log recorded ({@link LedgerCheck}).
 */
public final class AuditChecks {
    private AuditChecks() {}

    /** @param external a signed checkpoint kept outside the store, or null to use the anchor file */
    public static VerificationResult verify(StoreContext ctx, SignedCheckpoint external) {
        AuditCheckpoint legacy =
                ctx.files() == null ? null : ctx.files().readCheckpoint().orElse(null);
        SignedCheckpoint evidence = external;
        String what = "the external checkpoint";
        AuditAnchor anchor = ctx.anchor();
        if (evidence == null && anchor != null) {
            what = "the audit anchor " + anchor.file().getFileName();
            try {
                evidence = anchor.read().orElse(null);
            } catch (IllegalArgumentException malformed) {
                return bad(0, what + " is malformed (altered?)");
            }
        }
        LedgerCheck ledger = new LedgerCheck(ctx);
        if (evidence == null) return ledger.finish(ctx.audit().verify(legacy, null, ledger::accept));
        if (!evidence.verify(publicKey(ctx))) {
            return bad(0, what + " is not signed by this installation's key (altered or foreign)");
        }
        VerificationResult r =
                ledger.finish(ctx.audit().verify(evidence.checkpoint(), evidence.treeRoot(), ledger::accept));
        if (!r.valid()) {
            return new VerificationResult(
                    false,
                    r.entriesChecked(),
                    r.firstBadSeq(),
                    r.reason() + " (" + what + " signed "
                            + evidence.checkpoint().size() + " entries at " + evidence.time() + ")");
        }
        if (legacy != null && !holds(ctx, legacy)) {
            return bad(legacy.size(), "the log does not reach the checkpoint kept beside the database");
        }
        return r;
    }

    /** The installation's Ed25519 public key (32 bytes). */
    public static byte[] publicKey(StoreContext ctx) {
        byte[] seed = ctx.keyring().auditSigningSeed();
        try (CheckpointSigner s = new CheckpointSigner(seed, AuditAnchor.ORIGIN)) {
            return s.publicKey();
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /** {@code ed25519 <base64>}. */
    public static String publicKeyText(StoreContext ctx) {
        return "ed25519 " + java.util.Base64.getEncoder().encodeToString(publicKey(ctx));
    }

    /** True if the (already chain-verified) log holds the checkpoint's entry with its hash. */
    private static boolean holds(StoreContext ctx, AuditCheckpoint c) {
        if (c.size() == 0) return true;
        return ctx.db()
                .jdbi()
                .withHandle(h -> h.createQuery("SELECT entry FROM audit_log WHERE seq = :n")
                        .bind("n", c.size())
                        .mapTo(byte[].class)
                        .findOne()
                        .map(b -> Arrays.equals(AuditEntry.decode(b).entryHash(), c.headHash()))
                        .orElse(false));
    }

    private static VerificationResult bad(long seq, String reason) {
        return new VerificationResult(false, 0, seq, reason);
    }
}
