package org.uncounted.app.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.uncounted.app.web.auth.AuditTrail;
import org.uncounted.app.web.auth.Authenticator;
import org.uncounted.app.web.auth.InMemorySessionStore;
import org.uncounted.app.web.auth.InMemoryUserDirectory;
import org.uncounted.app.web.auth.LoginThrottle;
import org.uncounted.app.web.auth.SessionStore;
import org.uncounted.app.web.auth.WebUser;
import org.uncounted.app.web.cases.CaseRepository;
import org.uncounted.app.web.cases.CaseService;
import org.uncounted.app.web.cases.GazetteerPlaces;
import org.uncounted.app.web.cases.InMemoryCaseRepository;
import org.uncounted.app.web.cases.Testimony;
import org.uncounted.app.web.estimates.EstimatesService;
import org.uncounted.app.web.jobs.JobRunner;
import org.uncounted.app.web.review.LinkageService;
import org.uncounted.app.web.search.NarrativeIndex;

/** The services the pages and the API call. One instance per server. */
public final class WebServices implements AutoCloseable {
    /** Seed of the linkage run and the bootstrap: the same data and seed give the same figures. */
    public static final long SEED = 20261129L;

    private final InMemoryUserDirectory users;
    private final SessionStore sessions;
    private final Authenticator authenticator;
    private final CaseService cases;
    private final NarrativeIndex index;
    private final GazetteerPlaces places;
    private final AuditTrail audit;
    private final JobRunner jobs = new JobRunner();
    private final LinkageService linkage;
    private final EstimatesService estimates;
    private int bootstrapReplicates = 200;

    public WebServices(InMemoryUserDirectory users, CaseRepository repo, Clock clock) {
        this.users = users;
        this.sessions = new InMemorySessionStore(clock);
        this.audit = AuditTrail.inMemory(clock);
        this.authenticator = new Authenticator(users, sessions, new LoginThrottle(clock), audit);
        this.index = new NarrativeIndex(CaseService.webAccess());
        this.places = GazetteerPlaces.standard();
        this.cases = new CaseService(repo, index, places, audit);
        this.linkage = new LinkageService(repo, places, CaseService.webAccess(), audit, SEED);
        this.estimates = new EstimatesService(repo, linkage, SEED);
        reindex(n -> {});
    }

    /** Fresh services: an empty in-memory user directory and case repository. */
    public static WebServices inMemory() {
        return new WebServices(new InMemoryUserDirectory(), new InMemoryCaseRepository(), Clock.systemUTC());
    }

    /** Rebuilds the in-memory search index from the recorded cases. */
    public void reindex(java.util.function.IntConsumer progress) {
        List<Testimony> all = new ArrayList<>();
        cases.repository().forEachRecorded(all::add);
        index.rebuild(all, progress);
    }

    /** Adds many recorded cases at once (demo data, imports) and rebuilds the index once. */
    public void importRecorded(Iterable<Testimony> batch) {
        for (Testimony t : batch) {
            if (t.status() != Testimony.Status.RECORDED) {
                throw new IllegalArgumentException("status: imported cases must be RECORDED (" + t.id() + ")");
            }
            cases.repository().save(t);
        }
        reindex(n -> {});
    }

    /** Imports recorded cases on behalf of {@code user} (audited with the count only). */
    public void importCases(List<Testimony> batch, WebUser user) {
        importRecorded(batch);
        audit.record(user.id(), org.uncounted.security.audit.AuditAction.IMPORTED, "cases:" + batch.size());
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

    public InMemoryUserDirectory users() {
        return users;
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
    }
}
