package org.uncounted.app.analysis;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.uncounted.formats.CaseFileHeader;
import org.uncounted.formats.CaseFileReport;
import org.uncounted.formats.CaseHandler;
import org.uncounted.formats.CaseJsonReader;
import org.uncounted.model.Case;
import org.uncounted.model.vocab.ConsentPurpose;
import org.uncounted.store.CaseSummary;
import org.uncounted.store.StoreSession;

/**
 * The cases an analysis may use, read from the store: only cases whose consent allows statistical
 * analysis on the analysis date (a withdrawal before that date excludes the case). Documents are
 * decrypted in memory (each read audited by the store) and never written anywhere.
 *
 * @param cases the usable cases, with the source name each came from
 * @param excludedForConsent cases left out because their consent does not allow analysis
 * @param snapshotHash SHA-256 over the canonical documents of the usable cases in id order: the data
 *     snapshot a release records, so a rerun can prove it saw the same data
 * @param descriptors each source's description (organisation, type, interview date), by source name
 */
public record StoredCases(
        List<SourcedCase> cases,
        long excludedForConsent,
        String snapshotHash,
        java.util.Map<String, org.uncounted.model.Source> descriptors) {

    /** A case and the name of the source it is stored under. */
    public record SourcedCase(long storeId, String source, Case value) {}

    /** Reads every live case this session may read identifying data of. */
    public static StoredCases read(StoreSession session, LocalDate analysisDate) {
        CaseJsonReader reader = CaseJsonReader.standard();
        MessageDigest digest = sha256();
        List<SourcedCase> out = new ArrayList<>();
        java.util.Map<String, org.uncounted.model.Source> descriptors = new java.util.TreeMap<>();
        long excluded = 0;
        long after = 0;
        while (true) {
            List<CaseSummary> page = session.listCases(null, 500, after);
            if (page.isEmpty()) break;
            for (CaseSummary s : page) {
                after = s.id();
                if (s.purged()) continue;
                byte[] doc = session.readDocument(s.id());
                Case c = decode(reader, doc, s.id(), h -> descriptors.putIfAbsent(s.source(), h.source()));
                if (!c.consent().allows(ConsentPurpose.ANALYSE, analysisDate)) {
                    excluded++;
                    continue;
                }
                digest.update(doc);
                out.add(new SourcedCase(s.id(), s.source(), c));
            }
        }
        return new StoredCases(
                List.copyOf(out),
                excluded,
                HexFormat.of().formatHex(digest.digest()),
                java.util.Map.copyOf(descriptors));
    }

    private static Case decode(
            CaseJsonReader reader, byte[] doc, long id, java.util.function.Consumer<CaseFileHeader> headers) {
        List<Case> one = new ArrayList<>(1);
        CaseFileReport report = reader.read(new ByteArrayInputStream(doc), "case " + id, new CaseHandler() {
            @Override
            public void header(CaseFileHeader h) {
                headers.accept(h);
            }

            @Override
            public void accept(Case c, long line) {
                one.add(c);
            }
        });
        if (!report.isValid() || one.size() != 1) {
            throw new IllegalStateException("stored case " + id + " does not read back (" + report.totalErrors()
                    + " errors); the store may be damaged");
        }
        return one.get(0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
