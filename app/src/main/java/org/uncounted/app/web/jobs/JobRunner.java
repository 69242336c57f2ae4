package org.uncounted.app.web.jobs;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs long work (re-indexing, linkage, bootstrap) one job at a time on a background thread, so requests
 * stay fast; each job reports progress that pages poll. A failure is recorded by exception type only
 * (messages might name identifying content).
 */
public final class JobRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** Progress reporting handed to the work. */
    public interface Progress {
        void total(long total);

        void done(long done);
    }

    /** The work of a job. */
    public interface Work {
        void run(Progress progress) throws Exception;
    }

    /** A job's visible state. */
    public static final class Job implements Progress {
        private final String id;
        private final String kind;
        private final Instant created = Instant.now();
        private final AtomicLong done = new AtomicLong();
        private volatile long total;
        private volatile State state = State.QUEUED;
        private volatile String failure;

        Job(String id, String kind) {
            this.id = id;
            this.kind = kind;
        }

        @Override
        public void total(long t) {
            total = t;
        }

        @Override
        public void done(long d) {
            done.set(d);
        }

        public String id() {
            return id;
        }

        public String kind() {
            return kind;
        }

        public State state() {
            return state;
        }

        public long doneCount() {
            return done.get();
        }

        public long totalCount() {
            return total;
        }

        public Instant created() {
            return created;
        }

        /** The failure's exception type, or null. */
        public String failure() {
            return failure;
        }

        public Map<String, Object> json() {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("id", id);
            m.put("kind", kind);
            m.put("state", state.name());
            m.put("done", done.get());
            m.put("total", total);
            m.put("failure", failure);
            return m;
        }
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "uncounted-jobs");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger(1);

    public Job submit(String kind, Work work) {
        Job job = new Job("J" + next.getAndIncrement(), kind);
        jobs.put(job.id, job);
        executor.submit(() -> {
            job.state = State.RUNNING;
            try {
                work.run(job);
                job.state = State.DONE;
            } catch (Exception | Error e) {
                job.failure = e.getClass().getSimpleName();
                job.state = State.FAILED;
                LOG.error("job {} ({}) failed: {}", job.id, kind, e.getClass().getName());
            }
        });
        return job;
    }

    public Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The latest jobs, newest first. */
    public List<Job> recent(int limit) {
        return jobs.values().stream()
                .sorted(Comparator.comparing(Job::created).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
