package org.uncounted.store.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.uncounted.formats.CaseJsonReader;
import org.uncounted.model.Case;
import org.uncounted.model.Source;
import org.uncounted.model.vocab.SourceType;
import org.uncounted.security.keys.FieldAddress;
import org.uncounted.store.StoredDraft;

/**
 * Single cases and drafts written by the web application, inside the caller's transaction. A case
 * goes through the import's own write path ({@link CaseProjection}, {@link CaseWriter}): a new
 * record gets a case id, a data key and a sealed document; a record already stored (same source
 * and source-record id) is updated with revision + 1. A draft is an opaque byte string sealed
 * under a data key of its own ({@code draft.<id>}), destroyed when the draft is deleted.
 */
public final class WebRecords {
    /** Field name of a sealed draft (part of its associated data). */
    static final String DRAFT_FIELD = "draft.document";

    private final StoreContext ctx;

    public WebRecords(StoreContext ctx) {
        this.ctx = ctx;
    }

    /** The store id of the live or purged record, if stored. */
    public static Optional<long[]> find(Handle h, String source, String sourceRecordId) {
        return h.createQuery("SELECT c.id, CASE WHEN c.purged THEN 1 ELSE 0 END FROM cases c JOIN sources s"
                        + " ON s.id = c.source_id WHERE s.name = :s AND c.source_record_id = :r")
                .bind("s", source)
                .bind("r", sourceRecordId)
                .map((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .findOne();
    }

    /**
     * Writes {@code c} (created or updated; audited by the writer with ids only). A new source is
     * created as an interview source named after itself.
     *
     * @return the case's store id
     */
    public long saveCase(Handle h, Case c, String actor) {
        Documents docs = new Documents(CaseJsonReader.using(ctx.gazetteer()));
        Source source = Sources.descriptor(h, c.sourceId())
                .map(docs::source)
                .orElseGet(() ->
                        new Source(c.sourceId(), c.sourceId(), SourceType.INTERVIEW, null, null, null, null, null));
        long sourceId = Sources.find(h, source.id())
                .orElseGet(() -> Sources.upsert(h, source.id(), Documents.descriptor(source)));
        byte[] json = Documents.encode(source, c);
        CaseRow row = new CaseProjection(ctx.gazetteer())
                .project(
                        c,
                        Compression.compress(json),
                        CaseWriter.contentMac(ctx.keyring().blindIndexer(), json));
        new CaseWriter(h, ctx, sourceId, actor).write(List.of(row));
        return find(h, c.sourceId(), c.sourceRecordId()).orElseThrow()[0];
    }

    /** The owner and source of a stored draft, if any: {owner, source (nullable)}. */
    public static Optional<String[]> draftOwner(Handle h, String draftId) {
        return h.createQuery("SELECT owner_id, source_name FROM drafts WHERE draft_id = :id")
                .bind("id", draftId)
                .map((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .findOne();
    }

    /** Inserts or replaces a draft, sealing {@code content}; returns true if it was new. */
    public boolean saveDraft(Handle h, String draftId, String owner, String source, byte[] content) {
        String keyOwner = keyOwner(draftId);
        boolean fresh = draftOwner(h, draftId).isEmpty();
        if (!ctx.keyring().hasCaseKey(keyOwner)) ctx.keyring().createCaseKey(keyOwner);
        byte[] sealed = ctx.keyring().encrypt(address(draftId), content);
        h.createUpdate("DELETE FROM drafts WHERE draft_id = :id")
                .bind("id", draftId)
                .execute();
        h.createUpdate("INSERT INTO drafts (draft_id, owner_id, source_name, document, updated_at)"
                        + " VALUES (:id, :o, :s, :d, :t)")
                .bind("id", draftId)
                .bind("o", owner)
                .bind("s", source)
                .bind("d", sealed)
                .bind("t", OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
        return fresh;
    }

    /** Every draft, decrypted in memory, oldest first. */
    public List<StoredDraft> drafts(Handle h) {
        List<StoredDraft> out = new ArrayList<>();
        h.createQuery("SELECT draft_id, owner_id, source_name, document, updated_at FROM drafts ORDER BY updated_at")
                .map((rs, n) -> new Object[] {
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBytes(4),
                    rs.getObject(5, OffsetDateTime.class)
                })
                .list()
                .forEach(r -> out.add(new StoredDraft(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        ctx.keyring().decrypt(address((String) r[0]), (byte[]) r[3]),
                        ((OffsetDateTime) r[4]).toInstant())));
        return out;
    }

    /** Deletes a draft and destroys its data key (crypto-shredding any copy of it). */
    public boolean deleteDraft(Handle h, String draftId) {
        int n = h.createUpdate("DELETE FROM drafts WHERE draft_id = :id")
                .bind("id", draftId)
                .execute();
        ctx.keyring().destroy(keyOwner(draftId));
        return n > 0;
    }

    /** The data-key owner id of a draft. */
    public static String keyOwner(String draftId) {
        return "draft." + draftId;
    }

    private static FieldAddress address(String draftId) {
        return new FieldAddress(keyOwner(draftId), DRAFT_FIELD, draftId);
    }
}
