package org.uncounted.simulate.internal;

import java.nio.file.Path;
import org.uncounted.formats.CaseJsonWriter;
import org.uncounted.model.Source;
import org.uncounted.model.vocab.Reliability;
import org.uncounted.model.vocab.SourceType;

/** Writes one organisation's records as a JSON case file with the formats module's writer. */
public final class CaseFileSink implements OrgSink {
    private final OrgSpec org;
    private final CaseJsonWriter writer;

    public CaseFileSink(Path file, OrgSpec org) {
        this.org = org;
        this.writer = CaseJsonWriter.open(file, source(org));
    }

    static Source source(OrgSpec o) {
        SourceType type = switch (o.kind) {
            case "onward" -> SourceType.CASE_MANAGEMENT;
            case "resettlement", "window" -> SourceType.INTERVIEW;
            case "general" -> SourceType.MEDIA;
            default -> SourceType.SECONDARY_REPORT;
        };
        String country = o.kind.equals("resettlement") ? "KR" : null;
        return new Source(o.id, o.name, type, null, null, "ko", country, Reliability.MEDIUM);
    }

    @Override
    public void write(String recordId, ObservedRecord r) {
        writer.write(CaseMapper.map(recordId, r, org, Reliability.MEDIUM));
    }

    @Override
    public void close() {
        writer.close();
    }
}
