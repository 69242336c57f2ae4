package org.uncounted.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.uncounted.formats.CaseFileReport;
import org.uncounted.formats.CaseJsonReader;
import org.uncounted.formats.InvalidCaseFileException;
import org.uncounted.security.access.AccessPolicy;
import org.uncounted.security.access.Operation;
import org.uncounted.security.access.Resource;
import org.uncounted.security.access.User;
import org.uncounted.security.audit.AuditAction;
import org.uncounted.security.audit.VerificationResult;
import org.uncounted.security.keys.FieldAddress;
import org.uncounted.store.internal.CaseProjection;
import org.uncounted.store.internal.CaseQueries;
import org.uncounted.store.internal.CaseRow;
import org.uncounted.store.internal.CaseWriter;
import org.uncounted.store.internal.Documents;
import org.uncounted.store.internal.JsonExport;
import org.uncounted.store.internal.JsonImport;
import org.uncounted.store.internal.Sources;
import org.uncounted.store.internal.StoreContext;
import org.uncounted.store.internal.Users;

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

    /** Source names this user may read coded data of, or null for all. */
    java.util.Set<String> readableSources() {
        return user.allSources() ? null : user.sources();
    }

    /** Names of the sources in the store that this user may read, sorted. */
    public List<String> sources() {
        check(Operation.READ_CODED, user.allSources() ? Resource.system() : Resource.source(firstSource()));
        return ctx
                .read(h -> h.createQuery("SELECT name FROM sources ORDER BY name")
                        .mapTo(String.class)
                        .list())
                .stream()
                .filter(n -> user.permits(n))
                .toList();
    }

    private String firstSource() {
        return user.sources().stream().sorted().findFirst().orElse("none");
    }

    /**
     * Coded summaries of cases in id order, {@code limit} at a time after {@code afterId}
     * (0 to start); only sources this user may read. {@code source} (nullable) narrows to one.
     */
    public List<CaseSummary> listCases(String source, int limit, long afterId) {
        if (source != null) check(Operation.READ_CODED, Resource.source(source));
        else if (user.allSources()) check(Operation.READ_CODED, Resource.system());
        return ctx.read(h -> new CaseQueries(h, readableSources()).list(source, limit, afterId));
    }

    /** The coded summary and events of one case (analysts may call this; nothing is decrypted). */
    public CaseView caseView(long caseId) {
        Resource r = caseResource(caseId);
        check(Operation.READ_CODED, r);
        return ctx.read(h -> {
            CaseQueries q = new CaseQueries(h, readableSources());
            return new CaseView(q.find(caseId).orElseThrow(() -> noSuchCase(caseId)), q.events(caseId));
        });
    }

    /**
     * The full canonical JSON document of a case, identifying fields included, decrypted in
     * memory. Needs the right to read identifying data of the case's source; the read is audited.
     *
     * @throws CaseNotFoundException if there is no such case or it was purged
     */
    public byte[] readDocument(long caseId) {
        check(Operation.READ_IDENTIFYING, caseResource(caseId));
        return ctx.read(h -> {
            byte[] sealed = h.createQuery("SELECT document FROM cases WHERE id = :id AND purged = FALSE")
                    .bind("id", caseId)
                    .mapTo(byte[].class)
                    .findOne()
                    .orElseThrow(() -> noSuchCase(caseId));
            String id = Long.toString(caseId);
            byte[] plain = ctx.keyring().decrypt(new FieldAddress(id, CaseWriter.DOCUMENT_FIELD, id), sealed);
            ctx.audit().append(user.userId(), AuditAction.IDENTIFYING_READ, List.of(id));
            return plain;
        });
    }

    /**
     * Imports a JSON case file as ONE transaction: every case or none. Records already stored
     * (same source and source-record id) are updated when changed and left alone when not, so
     * re-running an import is idempotent. {@code sourceOverride} (nullable) files every case under
     * that source id instead of the file's.
     *
     * @throws UnableToImportCasesException listing every bad record; nothing was written
     */
    public ImportReport importJson(Path file, String sourceOverride, Progress progress) {
        long t0 = System.nanoTime();
        JsonImport job = new JsonImport(
                ctx, CaseJsonReader.using(ctx.gazetteer()), new CaseProjection(ctx.gazetteer()), user.userId());
        JsonImport.Outcome o;
        try {
            o = ctx.write(h -> {
                JsonImport.Outcome out = job.run(
                        h, file, sourceOverride, src -> check(Operation.IMPORT, Resource.source(src)), progress);
                if (!out.report().isValid()) throw new RolledBack(out);
                CaseWriter.Counts c = out.counts();
                ctx.audit()
                        .append(
                                user.userId(),
                                AuditAction.IMPORTED,
                                List.of(
                                        "source-" + out.sourceId(),
                                        "read-" + out.read(),
                                        "created-" + c.created,
                                        "updated-" + c.updated));
                return out;
            });
        } catch (RolledBack e) {
            throw unableToImport(e.outcome.report());
        }
        CaseWriter.Counts c = o.counts();
        return new ImportReport(
                file.toString(),
                o.source(),
                o.read(),
                c.created,
                c.updated,
                c.unchanged,
                c.skippedPurged,
                (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Writes every live case of one source to a JSON case file, identifying fields in clear (the
     * file is as sensitive as the store: keep it encrypted). Canonical: exporting, importing into
     * a fresh store and exporting again gives identical bytes. Audited as an identifying export.
     *
     * @return the number of cases written
     */
    public long exportJson(String source, OutputStream out, Progress progress) {
        check(Operation.EXPORT_IDENTIFYING, Resource.source(source));
        return ctx.read(h -> {
            long sourceId = Sources.find(h, source)
                    .orElseThrow(() -> new IllegalArgumentException("no source named " + source + " in this store"));
            long n = new JsonExport(ctx, new Documents(CaseJsonReader.using(ctx.gazetteer())))
                    .run(h, source, out, progress);
            ctx.audit()
                    .append(
                            user.userId(),
                            AuditAction.EXPORTED_IDENTIFYING,
                            List.of("source-" + sourceId, "cases-" + n));
            return n;
        });
    }

    static UnableToImportCasesException unableToImport(CaseFileReport r) {
        String message = new InvalidCaseFileException(r).getMessage();
        return new UnableToImportCasesException(message, r.errors(), r.totalErrors());
    }

    /** Carries a failed report out of the transaction, which it rolls back. */
    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient JsonImport.Outcome outcome;

        RolledBack(JsonImport.Outcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    /** Aggregates over the coded columns of the sources this user may read. */
    public StoreStatistics statistics() {
        if (user.allSources()) check(Operation.READ_CODED, Resource.system());
        else check(Operation.READ_CODED, Resource.source(firstSource()));
        return ctx.read(h -> new CaseQueries(h, readableSources()).statistics());
    }

    /**
     * Crypto-shreds a case: destroys its data key and deletes its sealed document and coded rows,
     * keeping a tombstone (ids only) so a re-import of the same record is recognised and skipped.
     * Copies of the ciphertext elsewhere (backups, freed database pages) can no longer be
     * decrypted once the key backups they depend on have expired (docs/storage.md).
     *
     * @throws CaseNotFoundException if there is no such case
     */
    public void purge(long caseId) {
        check(Operation.PURGE_CASE, caseResource(caseId));
        ctx.write(h -> {
            String id = Long.toString(caseId);
            ctx.keyring().destroy(id);
            h.createUpdate("UPDATE cases SET purged = TRUE, document = NULL, document_sha256 = NULL,"
                            + " content_mac = NULL, sex = NULL, birth_year = NULL, age_at_crossing = NULL,"
                            + " origin_province = NULL, current_status = NULL, possibly_in_china = NULL,"
                            + " reliability = NULL, consent_mask = 0, event_count = 0 WHERE id = :id")
                    .bind("id", caseId)
                    .execute();
            for (String[] t : new String[][] {
                {"events", "" + CaseRow.MAX_EVENTS},
                {"consents", "" + CaseRow.MAX_SMALL_ROWS},
                {"blind_indexes", "" + CaseRow.MAX_SMALL_ROWS}
            }) {
                long w = Long.parseLong(t[1]);
                h.createUpdate("DELETE FROM " + t[0] + " WHERE id >= :lo AND id < :hi")
                        .bind("lo", caseId * w)
                        .bind("hi", (caseId + 1) * w)
                        .execute();
            }
            ctx.audit().append(user.userId(), AuditAction.KEY_DESTROYED, List.of(id));
            ctx.audit().append(user.userId(), AuditAction.CASE_PURGED, List.of(id));
            return null;
        });
    }

    // ---- users ---------------------------------------------------------------------------

    /**
     * Creates an account with roles on some sources (empty: all sources). Returns the TOTP
     * enrolment URI to show the user once (roles reading identifying data must use a second
     * factor), or null.
     */
    public String addUser(
            String username,
            char[] password,
            java.util.Set<org.uncounted.security.access.Role> roles,
            java.util.Set<String> sources) {
        check(Operation.MANAGE_USERS, Resource.system());
        byte[] secret = ctx.write(h -> {
            byte[] s = new Users(h, ctx.keyring(), ctx.passwordParameters()).add(username, password, roles, sources);
            ctx.audit().append(user.userId(), AuditAction.USER_CREATED, List.of(username));
            return s;
        });
        if (secret == null) return null;
        String uri = org.uncounted.security.auth.Totp.DEFAULT.enrolmentUri(secret, "Uncounted", username);
        java.util.Arrays.fill(secret, (byte) 0);
        return uri;
    }

    /** Every account (names, roles, sources; never hashes or secrets). */
    public List<UserInfo> listUsers() {
        check(Operation.MANAGE_USERS, Resource.system());
        return ctx.read(h -> new Users(h, ctx.keyring(), ctx.passwordParameters()).list());
    }

    /** Disables or re-enables an account. @throws IllegalArgumentException if there is no such user */
    public void setUserDisabled(String username, boolean disabled) {
        check(Operation.MANAGE_USERS, Resource.system());
        ctx.write(h -> {
            if (!new Users(h, ctx.keyring(), ctx.passwordParameters()).setDisabled(username, disabled)) {
                throw new IllegalArgumentException("no user " + username);
            }
            ctx.audit()
                    .append(
                            user.userId(),
                            disabled ? AuditAction.USER_DISABLED : AuditAction.USER_CHANGED,
                            List.of(username));
            return null;
        });
    }

    /** The access-control resource of a stored case. */
    Resource caseResource(long caseId) {
        String[] sc =
                ctx.read(h -> new CaseQueries(h, null).sourceAndCreator(caseId)).orElseThrow(() -> noSuchCase(caseId));
        return Resource.ofCase(sc[0], Long.toString(caseId), sc[1]);
    }

    static CaseNotFoundException noSuchCase(long caseId) {
        return new CaseNotFoundException("no case " + caseId + " in this store (see: uncounted cases list)");
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
