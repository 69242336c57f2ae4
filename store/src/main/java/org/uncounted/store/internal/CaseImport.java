package org.uncounted.store.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * the store inside the caller's transaction, as a pipeline: a reader thread parses and validates
 * and cuts the cases into chunks; a pool of workers (one per core) encodes, compresses, MACs and
 * projects each chunk; the caller's thread (which owns the transaction) takes the chunks back in
 * file order, assigns ids and keys, seals and writes them in batches. The queue of chunks is
 * bounded, so memory stays flat whatever the file size; the order of the file is kept, so the same
 * file always gets the same case ids. If the reader reports any error, the caller rolls the whole
 * transaction back.
 */
public final class CaseImport {
    static final int BATCH = 1000;
    private static final int CHUNK = 128;
    private static final int QUEUE = 4 * BATCH / CHUNK;

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
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread w = new Thread(r, "import-worker");
            w.setDaemon(true);
            return w;
        });
        Stage stage = new Stage(queue, pool, sourceOverride, ctx.keyring().blindIndexer());
        Thread t = new Thread(
                () -> {
                    CaseFileReport report = null;
                    RuntimeException failure = null;
                    try {
                        report = reader.read(file, stage);
                        stage.flush();
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
        List<CaseRow> batch = new ArrayList<>(BATCH + CHUNK);
        long read = 0;
        try {
            while (true) {
                Object item = queue.take();
                if (item instanceof Source s) {
                    source = s;
                    beforeWrite.accept(s.id());
                    sourceId = Sources.upsert(h, s.id(), Documents.descriptor(s));
                    writer = new CaseWriter(h, ctx, sourceId, actor);
                } else if (item instanceof Future<?> f) {
                    @SuppressWarnings("unchecked")
                    List<CaseRow> rows = (List<CaseRow>) result(f);
                    batch.addAll(rows);
                    read += rows.size();
                    if (batch.size() >= BATCH) {
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
            pool.shutdownNow();
            try {
                t.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A worker's result; its failure (a bug, e.g. a case over a row limit) is rethrown here. */
    private static Object result(Future<?> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException("import worker failed", e.getCause());
        }
    }

    /** The reader thread's side: cut into chunks, hand each to a worker, queue its result in order. */
    private final class Stage implements CaseHandler {
        private final BlockingQueue<Object> queue;
        private final ExecutorService pool;
        private final String override;
        private final BlindIndexer blind;
        private Source source;
        private List<Case> chunk = new ArrayList<>(CHUNK);
        volatile boolean cancelled;

        Stage(BlockingQueue<Object> queue, ExecutorService pool, String override, BlindIndexer blind) {
            this.queue = queue;
            this.pool = pool;
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
            chunk.add(c);
            if (chunk.size() == CHUNK) flush();
        }

        void flush() {
            if (chunk.isEmpty()) return;
            List<Case> cases = chunk;
            Source s = source;
            chunk = new ArrayList<>(CHUNK);
            put(pool.submit(() -> rows(s, cases)));
        }

        /** Project, encode, compress, MAC (on a worker thread). */
        private List<CaseRow> rows(Source s, List<Case> cases) {
            List<CaseRow> out = new ArrayList<>(cases.size());
            for (Case c : cases) {
                Case stored = override == null ? c : withSource(c, s.id());
                byte[] json = Documents.encode(s, stored);
                out.add(projection.project(stored, Compression.compress(json), CaseWriter.contentMac(blind, json)));
            }
            return out;
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
