package org.uncounted.store.internal;

import java.io.OutputStream;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.uncounted.formats.CaseJsonWriter;
import org.uncounted.model.Case;
import org.uncounted.model.Source;
import org.uncounted.security.keys.FieldAddress;
import org.uncounted.store.Progress;

/**
 * Writes every live case of one source to a JSON case file, in case-id (= import) order, a page
 * at a time: decrypt the sealed document in memory, decode it, re-encode it canonically.
 */
public final class JsonExport {
    static final int PAGE = 500;

    private final StoreContext ctx;
    private final Documents documents;

    public JsonExport(StoreContext ctx, Documents documents) {
        this.ctx = ctx;
        this.documents = documents;
    }

    /** Exports source {@code name} to {@code out} (closed when done); returns the number of cases written. */
    public long run(Handle h, String name, OutputStream out, Progress progress) {
        long sourceId = Sources.find(h, name).orElseThrow();
        Source source = documents.source(Sources.descriptor(h, name).orElseThrow());
        try (CaseJsonWriter w = CaseJsonWriter.open(out, source)) {
            return forEachCase(h, sourceId, w::write, progress);
        }
    }

    /** Decrypts and decodes every live case of a source in id order, handing each to {@code sink}. */
    public long forEachCase(Handle h, long sourceId, java.util.function.Consumer<Case> sink, Progress progress) {
        long written = 0;
        {
            long after = 0;
            while (true) {
                List<Object[]> page = h.createQuery("SELECT id, document FROM cases WHERE source_id = :s AND"
                                + " purged = FALSE AND id > :after ORDER BY id LIMIT :n")
                        .bind("s", sourceId)
                        .bind("after", after)
                        .bind("n", PAGE)
                        .map((rs, c) -> new Object[] {rs.getLong(1), rs.getBytes(2)})
                        .list();
                if (page.isEmpty()) break;
                for (Object[] row : page) {
                    long id = (Long) row[0];
                    String cid = Long.toString(id);
                    byte[] plain = ctx.keyring()
                            .decrypt(new FieldAddress(cid, CaseWriter.DOCUMENT_FIELD, cid), (byte[]) row[1]);
                    sink.accept(documents.decode(Compression.decompress(plain)));
                    java.util.Arrays.fill(plain, (byte) 0);
                    after = id;
                    written++;
                }
                progress.advanced(written);
            }
        }
        return written;
    }
}
