package org.uncounted.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.uncounted.model.SensitiveText;
import org.uncounted.security.audit.AuditAction;
import org.uncounted.security.keys.BlindIndexer;
import org.uncounted.security.keys.FieldAddress;
import org.uncounted.security.keys.Keyring;

/**
 * Writes batches of cases of one source inside the caller's transaction: new records get a case
 * id, a data key and sealed document; records already stored (same source and source-record id)
 * are updated in place when their content changed and left alone when it did not; purged records
 * are skipped. Every batch appends audit entries listing the case ids it created or changed.
 */
public final class CaseWriter {
    /** Field name of the sealed case document (part of its associated data). */
    public static final String DOCUMENT_FIELD = "case.document";

    private static final SensitiveText.Access ACCESS = SensitiveText.Access.grantedTo("store: blind index on write");

    private final Handle h;
    private final StoreContext ctx;
    private final long sourceId;
    private final String actor;
    private final BlindIndexer blind;
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    private final Counts counts = new Counts();
    private Boolean sourceHadCases;

    public CaseWriter(Handle h, StoreContext ctx, long sourceId, String actor) {
        this.h = h;
        this.ctx = ctx;
        this.sourceId = sourceId;
        this.actor = actor;
        this.blind = ctx.keyring().blindIndexer();
    }

    /** What a writer did so far. */
    public static final class Counts {
        public int created;
        public int updated;
        public int unchanged;
        public int skippedPurged;
    }

    public Counts counts() {
        return counts;
    }

    /** Writes one batch (at most a few thousand cases). */
    public void write(List<CaseRow> batch) {
        if (batch.isEmpty()) return;
        Map<String, Existing> existing = lookup(batch);
        List<CaseRow> fresh = new ArrayList<>(batch.size());
        List<CaseRow> changed = new ArrayList<>();
        List<Existing> changedOld = new ArrayList<>();
        for (CaseRow row : batch) {
            Existing e = existing.get(row.sourceRecordId());
            if (e == null) {
                fresh.add(row);
            } else if (e.purged) {
                counts.skippedPurged++;
            } else if (row.contentMac().equals(e.contentMac)) {
                counts.unchanged++;
            } else {
                changed.add(row);
                changedOld.add(e);
            }
        }
        long[] ids = CaseIds.allocate(h, ctx.db().dialect(), fresh.size());
        Keyring keyring = ctx.keyring();
        TxScope.bufferNewKeys();
        List<String> created = new ArrayList<>(fresh.size());
        for (long id : ids) {
            String caseId = Long.toString(id);
            keyring.createCaseKey(caseId);
            created.add(caseId);
        }
        TxScope.flushNewKeys();
        List<String> edited = new ArrayList<>(changed.size());
        long[] changedIds = new long[changed.size()];
        for (int i = 0; i < changed.size(); i++) {
            changedIds[i] = changedOld.get(i).id;
            edited.add(Long.toString(changedIds[i]));
        }
        Connection c = h.getConnection();
        try {
            if (!changed.isEmpty()) deleteChildren(c, changedIds);
            if (!fresh.isEmpty()) insertCases(c, fresh, ids);
            if (!changed.isEmpty()) updateCases(c, changed, changedOld);
            List<CaseRow> all = new ArrayList<>(fresh);
            all.addAll(changed);
            long[] allIds = new long[all.size()];
            System.arraycopy(ids, 0, allIds, 0, ids.length);
            System.arraycopy(changedIds, 0, allIds, ids.length, changedIds.length);
            insertChildren(c, all, allIds);
        } catch (SQLException e) {
            throw SqlFailure.of("writing a batch of cases", e);
        }
        counts.created += fresh.size();
        counts.updated += changed.size();
        audit(AuditAction.KEY_CREATED, created);
        audit(AuditAction.CASE_CREATED, created);
        audit(AuditAction.CASE_EDITED, edited);
    }

    private void audit(AuditAction action, List<String> caseIds) {
        for (int from = 0; from < caseIds.size(); from += 999) {
            List<String> ids = new ArrayList<>(caseIds.subList(from, Math.min(caseIds.size(), from + 999)));
            ids.add(0, "source-" + sourceId);
            ctx.audit().append(actor, action, ids);
        }
    }

    /** The keyed hash of a document's plaintext that tells an unchanged re-import apart. */
    public static String contentMac(BlindIndexer blind, byte[] plainDocument) {
        return blind.indexUtf8("case-content", plainDocument); // = indexNormalised of the decoded text
    }

    private record Existing(long id, int revision, boolean purged, String contentMac) {}

    /**
     * The stored rows of the batch's records. A source that had no case when this writer started
     * cannot hold any record of the batch (a file never repeats a record id: the readers reject
     * that), so a first import looks nothing up.
     */
    private Map<String, Existing> lookup(List<CaseRow> batch) {
        Map<String, Existing> out = new HashMap<>();
        if (!sourceHadCases()) return out;
        List<String> keys = batch.stream().map(CaseRow::sourceRecordId).toList();
        h.createQuery("SELECT id, source_record_id, revision, purged, content_mac FROM cases"
                        + " WHERE source_id = :source AND source_record_id IN (<keys>)")
                .bind("source", sourceId)
                .bindList("keys", keys)
                .map((rs, c) -> {
                    out.put(
                            rs.getString("source_record_id"),
                            new Existing(
                                    rs.getLong("id"),
                                    rs.getInt("revision"),
                                    rs.getBoolean("purged"),
                                    rs.getString("content_mac")));
                    return null;
                })
                .list();
        return out;
    }

    private boolean sourceHadCases() {
        if (sourceHadCases == null) {
            sourceHadCases = h.createQuery("SELECT COUNT(*) FROM (SELECT id FROM cases WHERE source_id = :s LIMIT 1) t")
                            .bind("s", sourceId)
                            .mapTo(Long.class)
                            .one()
                    > 0;
        }
        return sourceHadCases;
    }

    private static final String CASE_COLUMNS = "source_id, source_record_id, revision, purged, created_by, content_mac,"
            + " document, document_sha256, sex, birth_year, age_at_crossing, origin_province, current_status,"
            + " possibly_in_china, reliability, consent_mask, event_count, imported_at";

    private void insertCases(Connection c, List<CaseRow> rows, long[] ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cases (id, " + CASE_COLUMNS
                + ") VALUES (?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows.size(); i++) {
                CaseRow row = rows.get(i);
                ps.setLong(1, ids[i]);
                ps.setLong(2, sourceId);
                ps.setString(3, row.sourceRecordId());
                ps.setInt(4, 1);
                ps.setString(5, actor);
                bindContent(ps, 6, row, ids[i]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void updateCases(Connection c, List<CaseRow> rows, List<Existing> old) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cases SET content_mac = ?, document = ?,"
                + " document_sha256 = ?, sex = ?, birth_year = ?, age_at_crossing = ?, origin_province = ?,"
                + " current_status = ?, possibly_in_china = ?, reliability = ?, consent_mask = ?, event_count = ?,"
                + " imported_at = ?, revision = ? WHERE id = ? AND source_id = ?")) {
            for (int i = 0; i < rows.size(); i++) {
                Existing e = old.get(i);
                int k = bindContent(ps, 1, rows.get(i), e.id);
                ps.setInt(k++, e.revision + 1);
                ps.setLong(k++, e.id);
                ps.setLong(k, sourceId);
                ps.addBatch();
            }
            int[] n = ps.executeBatch();
            for (int x : n) {
                if (x != 1 && x != Statement.SUCCESS_NO_INFO) {
                    throw new IllegalStateException("a stored case changed during the import");
                }
            }
        }
    }

    /** Binds content_mac .. imported_at (13 parameters) from {@code k}; returns the next index. */
    private int bindContent(PreparedStatement ps, int k, CaseRow row, long id) throws SQLException {
        String caseId = Long.toString(id);
        byte[] sealed = ctx.keyring().encrypt(new FieldAddress(caseId, DOCUMENT_FIELD, caseId), row.document());
        CaseRow.Victim v = row.victim();
        ps.setString(k++, row.contentMac());
        ps.setBytes(k++, sealed);
        ps.setBytes(k++, Hashes.sha256(sealed));
        setString(ps, k++, v.sex());
        setInt(ps, k++, v.birthYear());
        setInt(ps, k++, v.ageAtCrossing());
        setString(ps, k++, v.originProvince());
        setString(ps, k++, v.currentStatus());
        if (v.possiblyInChina() == null) ps.setNull(k++, Types.BOOLEAN);
        else ps.setBoolean(k++, v.possiblyInChina());
        setString(ps, k++, v.reliability());
        ps.setInt(k++, row.consentMask());
        ps.setInt(k++, row.eventCount());
        ps.setObject(k++, now);
        return k;
    }

    private static void setString(PreparedStatement ps, int k, String v) throws SQLException {
        if (v == null) ps.setNull(k, Types.VARCHAR);
        else ps.setString(k, v);
    }

    private static void setInt(PreparedStatement ps, int k, Integer v) throws SQLException {
        if (v == null) ps.setNull(k, Types.INTEGER);
        else ps.setInt(k, v);
    }

    /** Deletes a case's coded events, consents and blind indexes (a purge keeps only the case's tombstone). */
    public static void deleteCodedRows(Handle h, long caseId) {
        try {
            deleteChildren(h.getConnection(), new long[] {caseId});
        } catch (SQLException e) {
            throw SqlFailure.of("deleting coded rows", e);
        }
    }

    /** Removes the coded rows of updated cases (they are written again from the new document). */
    private static void deleteChildren(Connection c, long[] caseIds) throws SQLException {
        for (String sql : new String[] {
            "DELETE FROM events WHERE case_id = ?",
            "DELETE FROM consents WHERE case_id = ?",
            "DELETE FROM blind_indexes WHERE id >= ? AND id < ?"
        }) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                boolean range = sql.contains("blind_indexes");
                for (long id : caseIds) {
                    if (range) {
                        ps.setLong(1, id * CaseRow.MAX_SMALL_ROWS);
                        ps.setLong(2, (id + 1) * CaseRow.MAX_SMALL_ROWS);
                    } else {
                        ps.setLong(1, id);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** A blind-index row before it is written. */
    private record Token(long id, long caseId, String field, String token) {}

    private void insertChildren(Connection c, List<CaseRow> rows, long[] ids) throws SQLException {
        if (rows.isEmpty()) return;
        try (PreparedStatement ev =
                        c.prepareStatement("INSERT INTO events (case_id, source_id, coded) VALUES (?, ?, ?)");
                PreparedStatement co = c.prepareStatement("INSERT INTO consents (case_id, coded) VALUES (?, ?)");
                PreparedStatement bi = c.prepareStatement(
                        "INSERT INTO blind_indexes (id, case_id, field, token) VALUES (?, ?, ?, ?)")) {
            boolean anyEv = false, anyCo = false;
            // blind-index tokens are keyed hashes, i.e. random: inserted in (field, token) order, a
            // batch walks the secondary index once instead of touching a random page per row
            List<Token> tokens = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                CaseRow row = rows.get(i);
                long caseId = ids[i];
                if (row.eventsCoded() != null) {
                    ev.setLong(1, caseId);
                    ev.setLong(2, sourceId);
                    ev.setString(3, row.eventsCoded());
                    ev.addBatch();
                    anyEv = true;
                }
                if (row.consentsCoded() != null) {
                    co.setLong(1, caseId);
                    co.setString(2, row.consentsCoded());
                    co.addBatch();
                    anyCo = true;
                }
                for (int k = 0; k < row.blindValues().size(); k++) {
                    CaseRow.BlindValue v = row.blindValues().get(k);
                    tokens.add(new Token(
                            caseId * CaseRow.MAX_SMALL_ROWS + k,
                            caseId,
                            v.field(),
                            blind.index(v.field(), v.value().reveal(ACCESS))));
                }
            }
            if (anyEv) ev.executeBatch();
            if (anyCo) co.executeBatch();
            if (tokens.isEmpty()) return;
            tokens.sort(java.util.Comparator.comparing(Token::field).thenComparing(Token::token));
            for (Token t : tokens) {
                bi.setLong(1, t.id());
                bi.setLong(2, t.caseId());
                bi.setString(3, t.field());
                bi.setString(4, t.token());
                bi.addBatch();
            }
            bi.executeBatch();
        }
    }
}
