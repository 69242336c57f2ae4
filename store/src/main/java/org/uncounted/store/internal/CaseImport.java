package org.uncounted.store.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.uncounted.formats.CaseFileHeader;
import org.uncounted.formats.CaseFileReport;
import org.uncounted.formats.CaseHandler;
import org.uncounted.formats.CaseJsonReader;
import org.uncounted.formats.CtdcCsvReader;
import org.uncounted.model.Case;
import org.uncounted.model.Source;
import org.uncounted.security.keys.BlindIndexer;
import org.uncounted.store.Progress;

/**
 * Streams one case file (JSON or CTDC CSV, through the formats module's validating readers) into
 * the store inside the caller's transaction, as a two-stage pipeline: a reader thread parses,
 * validates, projects and compresses each case; the caller's thread (which owns the transaction)
 * assigns ids and keys, seals and writes them in batches. The queue between them is bounded, so
 * memory stays flat whatever the file size. If the reader reports any error, the caller rolls the
 * whole transaction back.
 */
public final class CaseImport {
    static final int BATCH = 1000;
    private static final int QUEUE = 4 * BATCH;

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

    private record Done(CaseFileReport report, RuntimeException failure) {}

    /** Thrown into the reader thread when the writing side gave up. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads {@code file}; {@code sourceOverride} (nullable) stores every case under that source id
     * instead of the file's. {@code beforeWrite} sees the source name first (access checks).
     */
    public Outcome run(Handle h, Path file, String sourceOverride, Consumer<String> beforeWrite, Progress progress) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
        Stage stage = new Stage(queue, sourceOverride, ctx.keyring().blindIndexer());
        Thread t = new Thread(
                () -> {
                    CaseFileReport report = null;
                    RuntimeException failure = null;
                    try {
                        report = reader.read(file, stage);
                    } catch (Cancelled e) {
                        return;
                    } catch (RuntimeException e) {
                        failure = e;
                    }
                    try {
                        stage.put(new Done(report, failure));
                    } catch (Cancelled e) {
                        // the writing side already gave up
                    }
                },
                "import-reader");
        t.setDaemon(true);
        t.start();
        Source source = null;
        long sourceId = 0;
        CaseWriter writer = null;
        List<CaseRow> batch = new ArrayList<>(BATCH);
        long read = 0;
        try {
            while (true) {
                Object item = queue.take();
                if (item instanceof Source s) {
                    source = s;
                    beforeWrite.accept(s.id());
                    sourceId = Sources.upsert(h, s.id(), Documents.descriptor(s));
                    writer = new CaseWriter(h, ctx, sourceId, actor);
                } else if (item instanceof CaseRow row) {
                    batch.add(row);
                    read++;
                    if (batch.size() == BATCH) {
                        writer.write(batch);
                        batch.clear();
                        progress.advanced(read);
                    }
                } else {
                    Done done = (Done) item;
                    if (done.failure != null) throw done.failure;
                    if (done.report.isValid() && !batch.isEmpty()) writer.write(batch);
                    progress.advanced(read);
                    return new Outcome(
                            done.report,
                            writer == null ? new CaseWriter.Counts() : writer.counts(),
                            source == null ? null : source.id(),
                            sourceId,
                            read);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } finally {
            stage.cancelled = true;
            queue.clear();
            try {
                t.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The reader thread's side: project, encode, compress, MAC; then hand over. */
    private final class Stage implements CaseHandler {
        private final BlockingQueue<Object> queue;
        private final String override;
        private final BlindIndexer blind;
        private Source source;
        volatile boolean cancelled;

        Stage(BlockingQueue<Object> queue, String override, BlindIndexer blind) {
            this.queue = queue;
            this.override = override;
            this.blind = blind;
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
            put(source);
        }

        @Override
        public void accept(Case c, long line) {
            Case stored = override == null ? c : withSource(c, source.id());
            byte[] json = Documents.encode(source, stored);
            put(projection.project(stored, Compression.compress(json), CaseWriter.contentMac(blind, json)));
        }

        void put(Object item) {
            try {
                while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    if (cancelled) throw new Cancelled();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Cancelled();
            }
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
