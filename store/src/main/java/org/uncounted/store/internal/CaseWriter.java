package org.uncounted.store.internal;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
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
        Map<String, Existing> existing = lookup(batch);
        List<CaseRow> fresh = new ArrayList<>();
        List<long[]> changedIds = new ArrayList<>();
        List<CaseRow> changed = new ArrayList<>();
        for (CaseRow row : batch) {
            Existing e = existing.get(row.sourceRecordId());
            if (e == null) {
                fresh.add(row);
            } else if (e.purged) {
                counts.skippedPurged++;
            } else if (mac(row).equals(e.contentMac)) {
                counts.unchanged++;
            } else {
                changed.add(row);
                changedIds.add(new long[] {e.id, e.revision});
            }
        }
        long[] ids = CaseIds.allocate(h, ctx.db().dialect(), fresh.size());
        Keyring keyring = ctx.keyring();
        TxScope.bufferNewKeys();
        List<String> created = new ArrayList<>(fresh.size());
        for (int i = 0; i < ids.length; i++) {
            keyring.createCaseKey(Long.toString(ids[i]));
            created.add(Long.toString(ids[i]));
        }
        TxScope.flushNewKeys();
        insertCases(fresh, ids);
        List<String> edited = new ArrayList<>(changed.size());
        long[] changedCaseIds = new long[changed.size()];
        for (int i = 0; i < changed.size(); i++) {
            changedCaseIds[i] = changedIds.get(i)[0];
            edited.add(Long.toString(changedCaseIds[i]));
            deleteChildren(changedCaseIds[i]);
        }
        updateCases(changed, changedIds);
        List<CaseRow> all = new ArrayList<>(fresh);
        all.addAll(changed);
        long[] allIds = new long[all.size()];
        System.arraycopy(ids, 0, allIds, 0, ids.length);
        System.arraycopy(changedCaseIds, 0, allIds, ids.length, changedCaseIds.length);
        insertChildren(all, allIds);
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

    private static String mac(CaseRow row) {
        return row.contentMac();
    }

    /** The keyed hash of a document's plaintext that tells an unchanged re-import apart. */
    public static String contentMac(BlindIndexer blind, byte[] plainDocument) {
        return blind.indexNormalised("case-content", new String(plainDocument, StandardCharsets.UTF_8));
    }

    private record Existing(long id, int revision, boolean purged, String contentMac) {}

    private Map<String, Existing> lookup(List<CaseRow> batch) {
        Map<String, Existing> out = new HashMap<>();
        if (batch.isEmpty()) return out;
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

    private static final String CASE_COLUMNS = "source_id, source_record_id, revision, purged, created_by, content_mac,"
            + " document, document_sha256, sex, birth_year, age_at_crossing, origin_province, current_status,"
            + " possibly_in_china, reliability, consent_mask, event_count, imported_at";

    private void insertCases(List<CaseRow> rows, long[] ids) {
        if (rows.isEmpty()) return;
        PreparedBatch b = h.prepareBatch("INSERT INTO cases (id, " + CASE_COLUMNS + ") VALUES (:id, :source_id,"
                + " :source_record_id, :revision, FALSE, :created_by, :content_mac, :document, :document_sha256, :sex,"
                + " :birth_year, :age_at_crossing, :origin_province, :current_status, :possibly_in_china,"
                + " :reliability, :consent_mask, :event_count, :imported_at)");
        for (int i = 0; i < rows.size(); i++) {
            bindCase(b, rows.get(i), ids[i], 1).bind("created_by", actor).add();
        }
        b.execute();
    }

    private void updateCases(List<CaseRow> rows, List<long[]> idsAndRevisions) {
        if (rows.isEmpty()) return;
        PreparedBatch b = h.prepareBatch("UPDATE cases SET revision = :revision, content_mac = :content_mac,"
                + " document = :document, document_sha256 = :document_sha256, sex = :sex, birth_year = :birth_year,"
                + " age_at_crossing = :age_at_crossing, origin_province = :origin_province,"
                + " current_status = :current_status, possibly_in_china = :possibly_in_china,"
                + " reliability = :reliability, consent_mask = :consent_mask, event_count = :event_count,"
                + " imported_at = :imported_at WHERE id = :id AND source_id = :source_id"
                + " AND source_record_id = :source_record_id");
        for (int i = 0; i < rows.size(); i++) {
            long[] ir = idsAndRevisions.get(i);
            bindCase(b, rows.get(i), ir[0], (int) ir[1] + 1).add();
        }
        b.execute();
    }

    private PreparedBatch bindCase(PreparedBatch b, CaseRow row, long id, int revision) {
        String caseId = Long.toString(id);
        byte[] sealed = ctx.keyring().encrypt(new FieldAddress(caseId, DOCUMENT_FIELD, caseId), row.document());
        CaseRow.Victim v = row.victim();
        return b.bind("id", id)
                .bind("source_id", sourceId)
                .bind("source_record_id", row.sourceRecordId())
                .bind("revision", revision)
                .bind("content_mac", mac(row))
                .bind("document", sealed)
                .bind("document_sha256", Hashes.sha256(sealed))
                .bind("sex", v.sex())
                .bind("birth_year", v.birthYear())
                .bind("age_at_crossing", v.ageAtCrossing())
                .bind("origin_province", v.originProvince())
                .bind("current_status", v.currentStatus())
                .bind("possibly_in_china", v.possiblyInChina())
                .bind("reliability", v.reliability())
                .bind("consent_mask", ConsentMask.of(row.consents()))
                .bind("event_count", row.events().size())
                .bind("imported_at", now);
    }

    private void deleteChildren(long caseId) {
        rangeDelete("events", caseId, CaseRow.MAX_EVENTS);
        rangeDelete("consents", caseId, CaseRow.MAX_SMALL_ROWS);
        rangeDelete("blind_indexes", caseId, CaseRow.MAX_SMALL_ROWS);
    }

    private void rangeDelete(String table, long caseId, int width) {
        h.createUpdate("DELETE FROM " + table + " WHERE id >= :lo AND id < :hi")
                .bind("lo", caseId * width)
                .bind("hi", (caseId + 1) * width)
                .execute();
    }

    private void insertChildren(List<CaseRow> rows, long[] ids) {
        if (rows.isEmpty()) return;
        PreparedBatch ev = h.prepareBatch("INSERT INTO events (id, case_id, source_id, asserted_by, reliability, type,"
                + " year_from, year_to, date_precision, country, province, exploitation_type, price_amount,"
                + " price_currency, price_year) VALUES (:id, :case_id, :source_id, :asserted_by, :reliability, :type,"
                + " :year_from, :year_to, :date_precision, :country, :province, :exploitation_type, :price_amount,"
                + " :price_currency, :price_year)");
        PreparedBatch co = h.prepareBatch("INSERT INTO consents (id, case_id, purpose, partner, given_on, withdrawn_on)"
                + " VALUES (:id, :case_id, :purpose, :partner, :given_on, :withdrawn_on)");
        PreparedBatch bi = h.prepareBatch(
                "INSERT INTO blind_indexes (id, case_id, field, token) VALUES (:id, :case_id, :field, :token)");
        boolean anyEv = false, anyCo = false, anyBi = false;
        for (int i = 0; i < rows.size(); i++) {
            CaseRow row = rows.get(i);
            long caseId = ids[i];
            for (int k = 0; k < row.events().size(); k++) {
                CaseRow.Event e = row.events().get(k);
                ev.bind("id", caseId * CaseRow.MAX_EVENTS + k)
                        .bind("case_id", caseId)
                        .bind("source_id", sourceId)
                        .bind("asserted_by", e.assertedBy())
                        .bind("reliability", e.reliability())
                        .bind("type", e.type())
                        .bind("year_from", e.yearFrom())
                        .bind("year_to", e.yearTo())
                        .bind("date_precision", e.datePrecision())
                        .bind("country", e.country())
                        .bind("province", e.province())
                        .bind("exploitation_type", e.exploitationType())
                        .bind("price_amount", e.priceAmount())
                        .bind("price_currency", e.priceCurrency())
                        .bind("price_year", e.priceYear())
                        .add();
                anyEv = true;
            }
            for (int k = 0; k < row.consents().size(); k++) {
                CaseRow.ConsentRow c = row.consents().get(k);
                co.bind("id", caseId * CaseRow.MAX_SMALL_ROWS + k)
                        .bind("case_id", caseId)
                        .bind("purpose", c.purpose())
                        .bind("partner", c.partner())
                        .bind("given_on", c.givenOn())
                        .bind("withdrawn_on", c.withdrawnOn())
                        .add();
                anyCo = true;
            }
            for (int k = 0; k < row.blindValues().size(); k++) {
                CaseRow.BlindValue v = row.blindValues().get(k);
                bi.bind("id", caseId * CaseRow.MAX_SMALL_ROWS + k)
                        .bind("case_id", caseId)
                        .bind("field", v.field())
                        .bind("token", blind.index(v.field(), v.value().reveal(ACCESS)))
                        .add();
                anyBi = true;
            }
        }
        if (anyEv) ev.execute();
        if (anyCo) co.execute();
        if (anyBi) bi.execute();
    }
}
