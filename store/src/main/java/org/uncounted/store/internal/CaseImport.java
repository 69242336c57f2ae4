package org.uncounted.store.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.uncounted.formats.CaseFileHeader;
import org.uncounted.formats.CaseFileReport;
import org.uncounted.formats.CaseHandler;
import org.uncounted.formats.CaseJsonReader;
import org.uncounted.formats.CtdcCsvReader;
import org.uncounted.model.Case;
import org.uncounted.model.Source;
import org.uncounted.store.Progress;

/**
 * Streams one case file (JSON or CTDC CSV, through the formats module's validating readers) into the store inside the caller's transaction: cases are projected,
 * sealed and written in batches as they are read, so memory stays flat whatever the file size.
 * If the reader reports any error, the caller rolls the whole transaction back.
 */
public final class CaseImport {
    static final int BATCH = 1000;

    private final StoreContext ctx;
    private final FileReader reader;
    private final CaseProjection projection;
    private final String actor;

    /** A validating reader of one file format, passing cases to a handler (JSON or CTDC CSV). */
    @FunctionalInterface
    public interface FileReader {
        CaseFileReport read(Path file, CaseHandler handler);

        /** The formats module's JSON reader. */
        static FileReader json(CaseJsonReader r) {
            return r::read;
        }

        /** The formats module's CTDC CSV reader; every row belongs to {@code source}. */
        static FileReader ctdc(CtdcCsvReader r, Source source) {
            return (file, handler) -> r.read(file, source, handler);
        }
    }

    public CaseImport(StoreContext ctx, FileReader reader, CaseProjection projection, String actor) {
        this.ctx = ctx;
        this.reader = reader;
        this.projection = projection;
        this.actor = actor;
    }

    /** What a pass did: the reader's report, the writer's counts and the source used. */
    public record Outcome(CaseFileReport report, CaseWriter.Counts counts, String source, long sourceId, long read) {}

    /**
     * Reads {@code file}; {@code sourceOverride} (nullable) stores every case under that source id
     * instead of the file's. {@code beforeWrite} sees the source name first (access checks).
     */
    public Outcome run(
            org.jdbi.v3.core.Handle h,
            Path file,
            String sourceOverride,
            Consumer<String> beforeWrite,
            Progress progress) {
        Handler handler = new Handler(h, sourceOverride, beforeWrite, progress);
        CaseFileReport report = reader.read(file, handler);
        if (report.isValid()) handler.flush();
        return new Outcome(
                report,
                handler.writer == null ? new CaseWriter.Counts() : handler.writer.counts(),
                handler.source == null ? null : handler.source.id(),
                handler.sourceId,
                handler.read);
    }

    private final class Handler implements CaseHandler {
        private final org.jdbi.v3.core.Handle h;
        private final String override;
        private final Consumer<String> beforeWrite;
        private final Progress progress;
        private final List<CaseRow> batch = new ArrayList<>(BATCH);
        private Source source;
        private long sourceId;
        private CaseWriter writer;
        private long read;

        Handler(org.jdbi.v3.core.Handle h, String override, Consumer<String> beforeWrite, Progress progress) {
            this.h = h;
            this.override = override;
            this.beforeWrite = beforeWrite;
            this.progress = progress;
        }

        @Override
        public void header(CaseFileHeader header) {
            Source s = header.source();
            source = override == null
                    ? s
                    : new Source(
                            override,
                            s.organisation(),
                            s.type(),
                            s.interviewDate(),
                            s.interviewerPseudonym(),
                            s.language(),
                            s.interviewCountry(),
                            s.reliability());
            beforeWrite.accept(source.id());
            sourceId = Sources.upsert(h, source.id(), Documents.descriptor(source));
            writer = new CaseWriter(h, ctx, sourceId, actor);
        }

        @Override
        public void accept(Case c, long line) {
            Case stored = override == null ? c : withSource(c, source.id());
            batch.add(projection.project(stored, Documents.encode(source, stored)));
            read++;
            if (batch.size() == BATCH) flush();
        }

        void flush() {
            if (batch.isEmpty()) return;
            writer.write(batch);
            batch.clear();
            progress.advanced(read);
        }
    }

    /** The same case filed under another source id. */
    static Case withSource(Case c, String sourceId) {
        return new Case(
                c.caseId(),
                sourceId,
                c.sourceRecordId(),
                c.persons(),
                c.events(),
                c.consent(),
                c.narrative(),
                c.language(),
                c.recordedOn());
    }
}
