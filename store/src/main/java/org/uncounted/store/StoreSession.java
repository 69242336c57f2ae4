package org.uncounted.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.uncounted.formats.CaseFileReport;
import org.uncounted.formats.CaseJsonReader;
import org.uncounted.formats.CtdcCsvReader;
import org.uncounted.formats.CtdcCsvWriter;
import org.uncounted.formats.InvalidCaseFileException;
import org.uncounted.model.Source;
import org.uncounted.model.vocab.SourceType;
import org.uncounted.security.access.AccessPolicy;
import org.uncounted.security.access.Operation;
import org.uncounted.security.access.Resource;
import org.uncounted.security.access.User;
import org.uncounted.security.audit.AuditAction;
import org.uncounted.security.audit.VerificationResult;
import org.uncounted.security.keys.FieldAddress;
import org.uncounted.store.internal.Backups;
import org.uncounted.store.internal.CaseImport;
import org.uncounted.store.internal.CaseProjection;
import org.uncounted.store.internal.CaseQueries;
import org.uncounted.store.internal.CaseWriter;
import org.uncounted.store.internal.Compression;
import org.uncounted.store.internal.Documents;
import org.uncounted.store.internal.JsonExport;
import org.uncounted.store.internal.KeyRotation;
import org.uncounted.store.internal.Releases;
import org.uncounted.store.internal.Sources;
import org.uncounted.store.internal.StoreContext;
import org.uncounted.store.internal.Users;
import org.uncounted.store.internal.WebRecords;

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
            return Compression.decompress(plain);
        });
    }

    /**
     * Ids of live cases whose identifying value in {@code field} — {@code name.<script>} (e.g.
     * {@code name.hangul}, {@code name.latin_mr}), {@code alias} or {@code date_of_birth} — equals
     * {@code value} after normalisation (NFKC, lower case, whitespace collapsed). Only the keyed
     * blind index of the value reaches the database, never the value. Returns only cases whose
     * identifying data this user may read; audited as {@code BLIND_INDEX_LOOKUP} with the field and
     * the number of hits, never the value.
     *
     * @throws IllegalArgumentException if the field has no blind index
     */
    public List<Long> findCasesByIdentifier(String field, org.uncounted.model.SensitiveText value) {
        boolean mayEver = user.roles().stream()
                .anyMatch(r -> policy.scope(r, Operation.READ_IDENTIFYING) != org.uncounted.security.access.Scope.NONE);
        if (!mayEver) check(Operation.READ_IDENTIFYING, Resource.system());
        List<Long> hits = ctx.read(h ->
                org.uncounted.store.internal.BlindLookup.find(h, ctx.keyring().blindIndexer(), field, value));
        List<Long> allowed = hits.stream()
                .filter(id -> allows(Operation.READ_IDENTIFYING, caseResource(id)))
                .toList();
        ctx.write(h -> ctx.audit()
                .append(user.userId(), AuditAction.BLIND_INDEX_LOOKUP, List.of(field, "hits-" + allowed.size())));
        return allowed;
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
        return importFile(
                CaseImport.FileReader.json(CaseJsonReader.using(ctx.gazetteer())), file, sourceOverride, progress);
    }

    /**
     * Imports a JSON case file held in memory (e.g. uploaded to the web application; never written
     * to disk in clear), exactly as {@link #importJson(Path, String, Progress)}: one transaction,
     * idempotent, audited. {@code name} names the file in error reports.
     *
     * @throws UnableToImportCasesException listing every bad record; nothing was written
     */
    public ImportReport importJson(byte[] content, String name, String sourceOverride, Progress progress) {
        CaseJsonReader reader = CaseJsonReader.using(ctx.gazetteer());
        return importFile(
                (file, handler) -> reader.read(new java.io.ByteArrayInputStream(content), name, handler),
                Path.of(name),
                sourceOverride,
                progress);
    }

    /**
     * Imports a CTDC-style CSV file as ONE transaction, every row a case of source {@code source}
     * (created if new; CSV files name no source). Rows become records {@code row-1}, {@code row-2},
     * ... so re-importing the same file updates instead of duplicating.
     *
     * @throws UnableToImportCasesException listing every bad cell; nothing was written
     */
    public ImportReport importCtdc(Path file, String source, Progress progress) {
        Source s = ctx.read(h -> Sources.descriptor(h, source))
                .map(d -> new Documents(CaseJsonReader.using(ctx.gazetteer())).source(d))
                .orElseGet(() -> new Source(source, source, SourceType.CASE_MANAGEMENT, null, null, null, null, null));
        return importFile(CaseImport.FileReader.ctdc(CtdcCsvReader.using(ctx.gazetteer()), s), file, null, progress);
    }

    private ImportReport importFile(CaseImport.FileReader reader, Path file, String sourceOverride, Progress progress) {
        long t0 = System.nanoTime();
        CaseImport job = new CaseImport(ctx, reader, new CaseProjection(ctx.gazetteer()), user.userId());
        CaseImport.Outcome o;
        try {
            o = ctx.write(h -> {
                CaseImport.Outcome out = job.run(
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

    /**
     * Writes every live case of one source as CTDC-style CSV rows: coded fields only, no
     * identifying text (documents are decrypted in memory to derive the coded row and never
     * leave). Record-level: apply disclosure checks before sharing. Audited as a coded export.
     *
     * @return the number of rows written
     */
    public long exportCtdc(String source, OutputStream out, Progress progress) {
        check(Operation.EXPORT_CODED, Resource.source(source));
        return ctx.read(h -> {
            long sourceId = Sources.find(h, source)
                    .orElseThrow(() -> new IllegalArgumentException("no source named " + source + " in this store"));
            Documents docs = new Documents(CaseJsonReader.using(ctx.gazetteer()));
            Source s = docs.source(Sources.descriptor(h, source).orElseThrow());
            long rows;
            try (CtdcCsvWriter w = CtdcCsvWriter.open(out, s, ctx.gazetteer())) {
                new JsonExport(ctx, docs).forEachCase(h, sourceId, w::write, progress);
                rows = w.rows();
            }
            ctx.audit()
                    .append(user.userId(), AuditAction.EXPORTED_CODED, List.of("source-" + sourceId, "rows-" + rows));
            return rows;
        });
    }

    // ---- backups ---------------------------------------------------------------------------

    /**
     * Destroys the keys of archives older than {@code retention} (so a purge becomes final for
     * them), then writes an encrypted, integrity-checked archive of the store to {@code out}; its
     * case keys are wrapped under the archive's own key, so it can be restored after a master-key
     * rotation until it expires in turn. Audited.
     *
     * @return the archive's id and manifest
     */
    public org.uncounted.security.backup.BackupManifest backup(OutputStream out, java.time.Duration retention) {
        check(Operation.MANAGE_BACKUPS, Resource.system());
        String archiveId = "backup-"
                + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                        .withZone(java.time.ZoneOffset.UTC)
                        .format(java.time.Instant.now())
                + "-" + Long.toHexString(new java.security.SecureRandom().nextLong() & 0xffffffL);
        return ctx.write(h -> {
            try {
                List<String> expired = ctx.keyring().expireBackupKeys(retention);
                if (!expired.isEmpty()) {
                    ctx.audit()
                            .append(
                                    user.userId(),
                                    AuditAction.BACKUP_KEYS_EXPIRED,
                                    expired.subList(0, Math.min(expired.size(), 999)));
                }
                var manifest = new Backups(ctx).write(h, archiveId, out);
                ctx.audit().append(user.userId(), AuditAction.BACKUP_CREATED, List.of(archiveId));
                return manifest;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write the backup", e);
            }
        });
    }

    /**
     * Verifies an archive completely (every segment authenticated, every entry hash compared),
     * writing nothing. Audited when it passes.
     *
     * @throws org.uncounted.security.backup.BackupIntegrityException if it was altered or truncated
     * @throws org.uncounted.security.keys.BackupKeyUnavailableException if its key expired or is unknown here
     */
    public org.uncounted.security.backup.BackupManifest verifyBackup(Path file) {
        check(Operation.MANAGE_BACKUPS, Resource.system());
        try {
            var m = new Backups(ctx).verify(file);
            ctx.write(h -> ctx.audit().append(user.userId(), AuditAction.BACKUP_VERIFIED, List.of(m.archiveId())));
            return m;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Restores an archive: verifies it whole first (nothing is written if that fails), then
     * replaces every table except the audit log in one transaction. Audited.
     */
    public org.uncounted.security.backup.BackupManifest restore(Path file) {
        var manifest = verifyBackup(file);
        ctx.write(h -> {
            try {
                new Backups(ctx).restore(h, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot restore " + file, e);
            }
            ctx.audit().append(user.userId(), AuditAction.BACKUP_RESTORED, List.of(manifest.archiveId()));
            return null;
        });
        return manifest;
    }

    static UnableToImportCasesException unableToImport(CaseFileReport r) {
        String message = new InvalidCaseFileException(r).getMessage();
        return new UnableToImportCasesException(message, r.errors(), r.totalErrors());
    }

    /** Carries a failed report out of the transaction, which it rolls back. */
    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient CaseImport.Outcome outcome;

        RolledBack(CaseImport.Outcome outcome) {
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
     * Rotates the master key: the store opens with {@code newPassphrase} afterwards, never with
     * the old one. Every wrapped data key (cases, backup archives) is re-wrapped under a fresh
     * key-encryption key in one transaction, audited with the old and new KEK ids only; field
     * ciphertexts, blind indexes, sealed secrets and the H2 file password are untouched. A crash
     * at any point leaves the old or the new passphrase working (docs/security.md). Admin only.
     *
     * @return how many wrapped keys were re-wrapped
     */
    public int rotateMasterKey(char[] newPassphrase) {
        check(Operation.MANAGE_KEYS, Resource.system());
        return KeyRotation.rotate(ctx, user.userId(), newPassphrase);
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
            CaseWriter.deleteCodedRows(h, caseId);
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

    // ---- cases and drafts of the web application (machinery: internal.WebRecords) ----------
    /** Application-layer events {@link #recordEvent} accepts. */
    private static final java.util.Set<AuditAction> APPLICATION_EVENTS = java.util.EnumSet.of(
            AuditAction.IDENTIFYING_READ,
            AuditAction.LOGOUT,
            AuditAction.LOGIN_THROTTLED,
            AuditAction.LINK_DECIDED,
            AuditAction.LINKAGE_RUN,
            AuditAction.ESTIMATE_RUN);

    /**
     * Appends an event of the application layer acting on data it already holds (the web
     * application showing identifying fields of a case it keeps in memory, deciding a link, a
     * sign-out or a throttled sign-in) to the audit log as this session's user, ids only, in its own
     * transaction. Only those actions are accepted: writes, key operations and exports are audited by
     * the store itself.
     *
     * @throws IllegalArgumentException for any other action
     */
    public void recordEvent(AuditAction action, List<String> ids) {
        if (!APPLICATION_EVENTS.contains(action)) {
            throw new IllegalArgumentException("action: " + action + " is audited by the store itself");
        }
        ctx.write(h -> ctx.audit().append(user.userId(), action, List.copyOf(ids)));
    }

    /**
     * Writes one case through the import's write path, in one audited transaction: a new record
     * (needs the right to create cases in its source) gets an id, a data key and a sealed document;
     * a stored one (same source and source-record id; needs the right to edit it) is updated with
     * revision + 1 when its content changed. A source not yet in the store is created.
     *
     * @return the case's store id
     * @throws CaseNotFoundException if the record was purged
     */
    public long saveCase(org.uncounted.model.Case c) {
        var stored = ctx.read(h -> WebRecords.find(h, c.sourceId(), c.sourceRecordId()));
        if (stored.isPresent() && stored.get()[1] == 1) throw noSuchCase(stored.get()[0]);
        if (stored.isPresent()) check(Operation.EDIT_CASE, caseResource(stored.get()[0]));
        else check(Operation.CREATE_CASE, Resource.source(c.sourceId()));
        return ctx.write(h -> new WebRecords(ctx).saveCase(h, c, user.userId()));
    }

    /**
     * Saves a draft (identifying content, so sealed under a data key of its own) for {@code source};
     * a new draft needs the right to create cases there, an existing one the right to edit it.
     * Audited with the draft id only.
     */
    public void saveDraft(String draftId, String source, byte[] content) {
        if (source == null) throw new IllegalArgumentException("source: a draft needs a source");
        String id = WebRecords.keyOwner(draftId);
        var owner = ctx.read(h -> WebRecords.draftOwner(h, draftId));
        if (owner.isPresent()) check(Operation.EDIT_CASE, Resource.ofCase(source, id, owner.get()[0]));
        else check(Operation.CREATE_CASE, Resource.source(source));
        String ownerId = owner.map(o -> o[0]).orElse(user.userId());
        ctx.write(h -> {
            boolean fresh = new WebRecords(ctx).saveDraft(h, draftId, ownerId, source, content);
            ctx.audit().append(user.userId(), fresh ? AuditAction.CASE_CREATED : AuditAction.CASE_EDITED, List.of(id));
            return null;
        });
    }

    /** The drafts this user may read (decrypted in memory; each read audited with draft ids). */
    public List<StoredDraft> drafts() {
        return ctx.read(h -> {
            List<StoredDraft> out = new WebRecords(ctx)
                    .drafts(h).stream()
                            .filter(d -> allows(
                                    Operation.READ_IDENTIFYING,
                                    Resource.ofCase(d.source(), WebRecords.keyOwner(d.draftId()), d.ownerId())))
                            .toList();
            List<String> ids =
                    out.stream().map(d -> WebRecords.keyOwner(d.draftId())).toList();
            for (int i = 0; i < ids.size(); i += 999) {
                ctx.audit()
                        .append(
                                user.userId(),
                                AuditAction.IDENTIFYING_READ,
                                ids.subList(i, Math.min(ids.size(), i + 999)));
            }
            return out;
        });
    }

    /** Deletes a draft and destroys its data key (after it was recorded, or to discard it). Audited. */
    public void deleteDraft(String draftId) {
        String id = WebRecords.keyOwner(draftId);
        var owner = ctx.read(h -> WebRecords.draftOwner(h, draftId));
        if (owner.isEmpty()) return;
        check(Operation.EDIT_CASE, Resource.ofCase(owner.get()[1], id, owner.get()[0]));
        ctx.write(h -> {
            if (new WebRecords(ctx).deleteDraft(h, draftId)) {
                ctx.audit().append(user.userId(), AuditAction.KEY_DESTROYED, List.of(id));
            }
            return null;
        });
    }

    // ---- privacy budget --------------------------------------------------------------------

    /**
     * The store's privacy-budget ledger for disclosure control ({@code privacy_ledger} table):
     * {@code tryCharge} is one audited transaction (BUDGET_CHARGED or BUDGET_REFUSED, ids and
     * numbers only), atomic against concurrent charges in this and other processes. Restores never
     * roll it back. Needs the right to publish.
     */
    public org.uncounted.disclosure.BudgetLedger budgetLedger() {
        check(Operation.PUBLISH, Resource.system());
        return new org.uncounted.store.internal.PrivacyLedger(ctx, user.userId());
    }

    /**
     * Disclosure control's audit sink on the store's audit log: records RELEASE_PREPARED (budget
     * events are recorded by {@link #budgetLedger()} with the charge itself). Needs the right to publish.
     */
    public org.uncounted.disclosure.DisclosureAuditSink disclosureAuditSink() {
        check(Operation.PUBLISH, Resource.system());
        return org.uncounted.store.internal.PrivacyLedger.auditSink(ctx, user.userId());
    }

    // ---- releases ------------------------------------------------------------------------

    /**
     * Records a published analysis: its id, software version, snapshot hash, table fingerprint,
     * settings and the store ids of the cases it used, audited as {@link AuditAction#PUBLISHED}
     * with ids only, all in one transaction. Needs the right to publish. Release ids name their
     * content, so recording an id already recorded changes nothing.
     *
     * @return true if recorded, false if that release id was already recorded
     * @throws IllegalArgumentException if the release id is blank
     */
    public boolean recordRelease(
            String releaseId,
            String version,
            String snapshotHash,
            String fingerprint,
            String settings,
            java.util.Collection<Long> caseIds) {
        check(Operation.PUBLISH, Resource.system());
        if (releaseId == null || releaseId.isBlank()) throw new IllegalArgumentException("release id is blank");
        return ctx.write(h -> {
            boolean exists = h.createQuery("SELECT COUNT(*) FROM releases WHERE release_id = :id")
                            .bind("id", releaseId)
                            .mapTo(Long.class)
                            .one()
                    > 0;
            if (exists) return false;
            Releases.insert(h, releaseId, version, snapshotHash, fingerprint, settings, caseIds);
            ctx.audit()
                    .append(
                            user.userId(),
                            AuditAction.PUBLISHED,
                            List.of(releaseId, "cases-" + new java.util.HashSet<>(caseIds).size()));
            return true;
        });
    }

    /**
     * For every recorded release, the cases it used whose consent as it stands on {@code today}
     * no longer allows analysis (or that were purged since). Each used case's document is read
     * through {@link #readDocument} (so the right to read identifying data is needed, and each
     * read is audited). Releases with nothing affected are left out.
     */
    public List<AffectedRelease> releasesAffectedByConsent(java.time.LocalDate today) {
        check(Operation.PUBLISH, Resource.system());
        var releases = ctx.read(Releases::all);
        var docs = new Documents(CaseJsonReader.using(ctx.gazetteer()));
        java.util.Map<Long, Boolean> withdrawn = new java.util.HashMap<>();
        List<AffectedRelease> out = new java.util.ArrayList<>();
        releases.forEach((releaseId, cases) -> {
            List<Long> affected = cases.stream()
                    .filter(id -> withdrawn.computeIfAbsent(id, c -> !analysisAllowed(docs, c, today)))
                    .toList();
            if (!affected.isEmpty()) out.add(new AffectedRelease(releaseId, cases.size(), affected));
        });
        return out;
    }

    private boolean analysisAllowed(Documents docs, long caseId, java.time.LocalDate today) {
        byte[] doc;
        try {
            doc = readDocument(caseId);
        } catch (CaseNotFoundException purged) {
            return false;
        }
        return docs.decode(doc).consent().allows(org.uncounted.model.vocab.ConsentPurpose.ANALYSE, today);
    }

    /**
     * Verifies the audit chain — hashes, MACs, sequence — against the external anchor (a signed
     * checkpoint rewritten after every write, kept outside the database: see
     * {@link CaseStore#withAuditAnchor}) or, for embedded stores without one, the checkpoint beside
     * the database. Deleted newest entries and a database rolled back to an older state are
     * reported. The verification itself is audited when it passes.
     */
    public VerificationResult verifyAudit() {
        return verifyAudit(null);
    }

    /**
     * As {@link #verifyAudit()}, against a signed checkpoint kept elsewhere (printed by an earlier
     * {@code audit verify}); null means the store's own anchor.
     */
    public VerificationResult verifyAudit(org.uncounted.security.audit.SignedCheckpoint external) {
        check(Operation.VIEW_AUDIT, Resource.system());
        VerificationResult result = org.uncounted.store.internal.AuditChecks.verify(ctx, external);
        if (result.valid()) {
            ctx.write(h -> ctx.audit().append(user.userId(), AuditAction.AUDIT_VERIFIED, List.of()));
        }
        return result;
    }

    /** The current external anchor (signed checkpoint) to keep elsewhere, if the store has one. */
    public java.util.Optional<org.uncounted.security.audit.SignedCheckpoint> auditAnchor() {
        check(Operation.VIEW_AUDIT, Resource.system());
        var a = ctx.anchor();
        return a == null ? java.util.Optional.empty() : a.read();
    }

    /** The installation's public key for checking signed checkpoints, {@code ed25519 <base64>}. */
    public String auditPublicKey() {
        check(Operation.VIEW_AUDIT, Resource.system());
        return org.uncounted.store.internal.AuditChecks.publicKeyText(ctx);
    }
}
