package org.uncounted.app.web.cases;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.uncounted.formats.CaseJsonReader;
import org.uncounted.store.CaseStore;
import org.uncounted.store.Progress;
import org.uncounted.store.StoreSession;
import org.uncounted.store.StoredDraft;

/**
 * Reads every case of an unlocked encrypted store into memory for the web application: each source is
 * exported as a case file into memory (never to disk), read back with the formats module and shown as
 * {@link Testimony} records, after the drafts (each decrypted from its own sealed row). The plaintext lives
 * only in this process; the search index built from it too.
 */
public final class StoreCases {
    private StoreCases() {}

    public static List<Testimony> load(CaseStore store) {
        StoreSession session = store.asOperator();
        List<Testimony> out = new ArrayList<>();
        for (StoredDraft d : session.drafts()) {
            out.add(TestimonyCodec.decode(d.content())); // first: a case recorded since replaces its draft
        }
        // who first wrote each case: an interviewer may reopen her own web-recorded cases after a restart
        java.util.Map<String, String> creator = new java.util.HashMap<>();
        long after = 0;
        for (List<org.uncounted.store.CaseSummary> page; !(page = session.listCases(null, 1000, after)).isEmpty(); ) {
            for (var c : page) {
                creator.put(c.source() + "\u0000" + c.sourceRecordId(), c.createdBy());
                after = c.id();
            }
        }
        for (String source : session.sources()) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
            session.exportJson(source, buffer, Progress.NONE);
            CaseJsonReader.standard()
                    .read(
                            new ByteArrayInputStream(buffer.toByteArray()),
                            source,
                            (c, line) -> out.add(
                                    ModelCases.toTestimony(c, creator.get(source + "\u0000" + c.sourceRecordId()))));
        }
        return out;
    }
}
