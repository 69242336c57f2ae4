package org.uncounted.app.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.uncounted.app.web.auth.AuditTrail;
import org.uncounted.app.web.auth.Authenticator;
import org.uncounted.app.web.auth.ManagedSessions;
import org.uncounted.app.web.auth.SessionStore;
import org.uncounted.app.web.auth.WebUser;
import org.uncounted.app.web.cases.CaseRepository;
import org.uncounted.app.web.cases.CaseService;
import org.uncounted.app.web.cases.GazetteerPlaces;
import org.uncounted.app.web.cases.InMemoryCaseRepository;
import org.uncounted.app.web.cases.StoreCases;
import org.uncounted.app.web.cases.StoredTestimonies;
import org.uncounted.app.web.cases.Testimony;
import org.uncounted.app.web.estimates.EstimatesService;
import org.uncounted.app.web.jobs.JobRunner;
import org.uncounted.app.web.review.LinkageService;
import org.uncounted.app.web.search.NarrativeIndex;
import org.uncounted.store.CaseStore;
import org.uncounted.store.Progress;

/**
 * The services the pages and the API call, on an unlocked encrypted store: accounts, sign-in and the
 * audit log are the store's; drafts and recorded cases are written to it (it is the source of truth);
 * an in-memory copy of its cases (plaintext only in this process) serves the pages, search and
 * aggregates. One instance per server.
 */
public final class WebServices implements AutoCloseable {
    /** Seed of the linkage run and the bootstrap: the same data and seed give the same figures. */
    public static final long SEED = 20261129L;

    private final CaseStore store;
    private final AutoCloseable owned;
    private final ManagedSessions sessions;
    private final Authenticator authenticator;
    private final CaseService cases;
    private final NarrativeIndex index;
    private final GazetteerPlaces places;
    private final AuditTrail audit;
    private final JobRunner jobs = new JobRunner();
    private final LinkageService linkage;
    private final EstimatesService estimates;
    private int bootstrapReplicates = 200;

    /**
     * Services on {@code store} with {@code repo} as the in-memory copy (not loaded here: see {@link
     * #onStore}); {@code owned}, if not null, is closed with the services (e.g. a temporary store).
     */
    public WebServices(CaseStore store, CaseRepository repo, Clock clock, AutoCloseable owned) {
        this.store = store;
        this.owned = owned;
        this.sessions = new ManagedSessions(clock);
        this.audit = new AuditTrail(store);
        this.authenticator = new Authenticator(store, sessions, clock, audit);
        this.index = new NarrativeIndex(CaseService.webAccess());
        this.places = GazetteerPlaces.standard();
        this.cases = new CaseService(
                repo,
                index,
                places,
                audit,
                new StoredTestimonies(store, org.uncounted.model.place.Gazetteer.standard()));
        this.linkage = new LinkageService(repo, places, CaseService.webAccess(), audit, SEED);
        this.estimates = new EstimatesService(repo, linkage, SEED);
        reindex(n -> {});
    }

    /** Services on {@code store}, its drafts and cases loaded into memory; the caller closes the store. */
    public static WebServices onStore(CaseStore store) {
        WebServices s =
                new WebServices(store, new InMemoryCaseRepository("storage.fromStore"), Clock.systemUTC(), null);
        s.restore(StoreCases.load(store));
        return s;
    }

    /**
     * Services on a new {@link TemporaryStore} (deleted on close): for invented data ({@code serve
     * --synthetic}) and tests. Nothing recorded survives the process.
     */
    public static WebServices temporary() {
        TemporaryStore t = TemporaryStore.create();
        return new WebServices(t.store(), new InMemoryCaseRepository("storage.temporary"), Clock.systemUTC(), t);
    }

    /** The store behind these services. */
    public CaseStore store() {
        return store;
    }

    /** Rebuilds the in-memory search index from the recorded cases. */
    public void reindex(java.util.function.IntConsumer progress) {
        List<Testimony> all = new ArrayList<>();
        cases.repository().forEachRecorded(all::add);
        index.rebuild(all, progress);
    }

    /** Puts drafts and cases read from the store into the in-memory copy, then rebuilds the index once. */
    public void restore(Iterable<Testimony> fromStore) {
        for (Testimony t : fromStore) {
            cases.repository().save(t);
        }
        reindex(n -> {});
    }

    /**
     * Adds recorded cases to the in-memory copy only, never to the store: for invented data ({@code serve
     * --synthetic}, tests), which must not enter a real store. Rebuilds the index once.
     */
    public void importRecorded(Iterable<Testimony> batch) {
        for (Testimony t : batch) {
            if (t.status() != Testimony.Status.RECORDED) {
                throw new IllegalArgumentException("status: imported cases must be RECORDED (" + t.id() + ")");
            }
            cases.repository().save(t);
        }
        reindex(n -> {});
    }

    /**
     * Imports a JSON case file uploaded by {@code user}: into the store first, as one transaction under
     * the user's rights (audited there), then into the in-memory copy.
     */
    public void importCases(byte[] file, String name, List<Testimony> parsed, WebUser user, Progress progress) {
        try {
            store.as(user.account()).importJson(file, name, null, progress);
        } catch (org.uncounted.security.access.AccessDeniedException e) {
            throw new org.uncounted.app.web.http.AccessDeniedException("import", true);
        }
        importRecorded(parsed);
    }

    /** The background jobs pages can start, by name. */
    Map<String, BiFunction<WebUser, JobRunner, JobRunner.Job>> jobKinds() {
        return Map.of(
                "reindex",
                        (u, j) -> j.submit("reindex", p -> {
                            p.total(cases.repository().count(org.uncounted.app.web.cases.CaseFilter.ANY));
                            reindex(p::done);
                        }),
                "linkage", (u, j) -> j.submit("linkage", p -> linkage.run(p, u.id())),
                "bootstrap", (u, j) -> j.submit("bootstrap", p -> estimates.runEstimates(p, bootstrapReplicates)));
    }

    public void bootstrapReplicates(int n) {
        this.bootstrapReplicates = n;
    }

    public int bootstrapReplicates() {
        return bootstrapReplicates;
    }

    public SessionStore sessions() {
        return sessions;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    public CaseService cases() {
        return cases;
    }

    public GazetteerPlaces places() {
        return places;
    }

    public AuditTrail audit() {
        return audit;
    }

    public JobRunner jobs() {
        return jobs;
    }

    public LinkageService linkage() {
        return linkage;
    }

    public EstimatesService estimates() {
        return estimates;
    }

    @Override
    public void close() {
        jobs.close();
        index.close();
        audit.close();
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the temporary store failed", e);
            }
        }
    }
}
