package org.uncounted.store;

import java.util.List;
import org.uncounted.security.access.AccessPolicy;
import org.uncounted.security.access.Operation;
import org.uncounted.security.access.Resource;
import org.uncounted.security.access.User;
import org.uncounted.security.audit.AuditAction;
import org.uncounted.security.audit.VerificationResult;
import org.uncounted.store.internal.StoreContext;

/**
 * The store as seen by one user: every operation is checked against the {@link AccessPolicy}
 * (refusals are audited and thrown as {@link org.uncounted.security.access.AccessDeniedException}),
 * runs in its own transaction, and is audited in that same transaction.
 */
public final class StoreSession {
    private final StoreContext ctx;
    private final User user;
    private final AccessPolicy policy = AccessPolicy.DEFAULT;

    StoreSession(StoreContext ctx, User user) {
        this.ctx = ctx;
        this.user = user;
    }

    public User user() {
        return user;
    }

    StoreContext context() {
        return ctx;
    }

    /** Throws (and audits the refusal) unless the user may perform {@code op} on {@code r}. */
    void check(Operation op, Resource r) {
        if (!policy.allows(user, op, r)) {
            ctx.write(h -> ctx.audit().append(user.userId(), AuditAction.ACCESS_DENIED, List.of(op.name())));
            policy.check(user, op, r);
        }
    }

    /** True if the user may perform {@code op} on {@code r} (no audit entry). */
    boolean allows(Operation op, Resource r) {
        return policy.allows(user, op, r);
    }

    /**
     * Verifies the audit chain: hashes, MACs, sequence and (embedded stores) the last checkpoint
     * written beside the database. The verification itself is audited.
     */
    public VerificationResult verifyAudit() {
        check(Operation.VIEW_AUDIT, Resource.system());
        var checkpoint =
                ctx.files() == null ? null : ctx.files().readCheckpoint().orElse(null);
        VerificationResult result = ctx.audit().verify(checkpoint);
        if (result.valid()) {
            ctx.write(h -> ctx.audit().append(user.userId(), AuditAction.AUDIT_VERIFIED, List.of()));
        }
        return result;
    }
}
