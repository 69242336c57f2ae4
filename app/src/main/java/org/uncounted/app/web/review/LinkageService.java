package org.uncounted.app.web.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.uncounted.app.web.auth.AuditTrail;
import org.uncounted.app.web.auth.WebUser;
import org.uncounted.app.web.cases.CaseRepository;
import org.uncounted.app.web.cases.PlaceDirectory;
import org.uncounted.app.web.cases.Testimony;
import org.uncounted.app.web.http.NotFoundException;
import org.uncounted.app.web.jobs.JobRunner;
import org.uncounted.linkage.Decision;
import org.uncounted.linkage.LinkRecord;
import org.uncounted.linkage.LinkageEngine;
import org.uncounted.linkage.LinkageResult;
import org.uncounted.linkage.LinkageSettings;
import org.uncounted.linkage.ScoredPair;
import org.uncounted.model.SensitiveText;
import org.uncounted.security.audit.AuditAction;

/**
 * Runs the linkage module over the recorded cases and serves its review queue. Reviewers' decisions are
 * audited and kept; the next linkage run receives them as fixed decisions (fed back), so an accepted pair
 * is one person and a rejected pair two, whatever the model says. Names, birth years and origins are
 * decrypted for the run in memory only.
 */
public final class LinkageService {
    /** A pair to review: both cases, the model's weight and probability, each field's contribution. */
    public record Pair(
            String id,
            Testimony a,
            Testimony b,
            double weight,
            double probability,
            Map<String, Double> contributions) {}

    public enum Verdict {
        ACCEPT,
        REJECT,
        SKIP
    }

    private final CaseRepository repo;
    private final PlaceDirectory places;
    private final SensitiveText.Access access;
    private final AuditTrail audit;
    private final List<Decision> decisions = new CopyOnWriteArrayList<>();
    private final Set<String> decidedOrSkipped = ConcurrentHashMap.newKeySet();
    private final long seed;
    private volatile LinkageResult result;

    public LinkageService(
            CaseRepository repo, PlaceDirectory places, SensitiveText.Access access, AuditTrail audit, long seed) {
        this.repo = repo;
        this.places = places;
        this.access = access;
        this.audit = audit;
        this.seed = seed;
    }

    /** Links all recorded cases with the decisions so far (a background job). */
    public void run(JobRunner.Progress progress, String actorId) {
        List<LinkRecord> records = new ArrayList<>();
        repo.forEachRecorded(t -> records.add(record(t)));
        progress.total(records.size());
        if (records.size() < 2) {
            result = null;
            progress.done(records.size());
            return;
        }
        result = LinkageEngine.of(LinkageSettings.DEFAULT.withSeed(seed)).link(records, List.copyOf(decisions), 0);
        progress.done(records.size());
        audit.record(actorId, AuditAction.LINKAGE_RUN, "records:" + records.size());
    }

    private LinkRecord record(Testimony t) {
        Map<String, String> f = new LinkedHashMap<>();
        if (t.person().name() != null) {
            f.put("name", t.person().name().reveal(access));
        }
        if (t.person().birthYear() != null) {
            f.put("birth_year", String.valueOf(t.person().birthYear()));
        }
        if (t.person().originPlace() != null) {
            places.find(t.person().originPlace())
                    .map(p -> p.latin() != null ? p.latin() : p.id())
                    .ifPresent(o -> f.put("origin", o));
        }
        trajectory(t, f);
        return new LinkRecord(t.id(), t.sourceId() == null ? "unknown" : t.sourceId(), f);
    }

    /**
     * The testimony's trajectory under the columns {@code CaseLinkRecords} gives stored cases: the
     * crossing (year or year-month), the first sale's year, the first spell (type, start and end
     * years) and the exit (recorded as an escape) year.
     */
    static void trajectory(Testimony t, Map<String, String> f) {
        Testimony.Crossing c = t.crossing();
        if (c != null && c.year() != null) {
            f.put(
                    "crossing_date",
                    c.month() == null
                            ? c.year().toString()
                            : String.format(java.util.Locale.ROOT, "%d-%02d", c.year(), c.month()));
        }
        if (t.sales() != null && !t.sales().isEmpty() && t.sales().get(0).year() != null) {
            f.put("first_sale_date", t.sales().get(0).year().toString());
        }
        if (t.spells() != null && !t.spells().isEmpty()) {
            Testimony.Spell s = t.spells().get(0);
            if (s.exploitationType() != null) f.put("exploitation_type", s.exploitationType());
            if (s.startYear() != null) f.put("exploitation_start", s.startYear().toString());
            if (s.endYear() != null) f.put("exploitation_end", s.endYear().toString());
        }
        if (t.exit() != null && t.exit().year() != null)
            f.put("escape_date", t.exit().year().toString());
    }

    /** True once a linkage run has finished. */
    public boolean hasRun() {
        return result != null;
    }

    /** The most uncertain pair not yet decided or skipped. */
    public Optional<Pair> next() {
        LinkageResult r = result;
        if (r == null) {
            return Optional.empty();
        }
        for (ScoredPair p : r.reviewQueue()) {
            String id = p.recordIdA() + "~" + p.recordIdB();
            if (decidedOrSkipped.contains(id)) {
                continue;
            }
            Optional<Testimony> a = repo.find(p.recordIdA());
            Optional<Testimony> b = repo.find(p.recordIdB());
            if (a.isPresent() && b.isPresent()) {
                return Optional.of(new Pair(
                        id, a.get(), b.get(), p.weight(), p.probability(), r.explain(p.recordIdA(), p.recordIdB())));
            }
        }
        return Optional.empty();
    }

    public int pending() {
        LinkageResult r = result;
        return r == null
                ? 0
                : (int) r.reviewQueue().stream()
                        .filter(p -> !decidedOrSkipped.contains(p.recordIdA() + "~" + p.recordIdB()))
                        .count();
    }

    /** Records a reviewer's verdict on a pair (audited); accept and reject feed the next run. */
    public void decide(String pairId, Verdict verdict, WebUser user) {
        String[] ids = pairId.split("~", 2);
        if (ids.length != 2 || repo.find(ids[0]).isEmpty() || repo.find(ids[1]).isEmpty()) {
            throw new NotFoundException("pair", pairId);
        }
        decidedOrSkipped.add(pairId);
        if (verdict != Verdict.SKIP) {
            decisions.add(new Decision(ids[0], ids[1], verdict == Verdict.ACCEPT));
            audit.record(user.id(), AuditAction.LINK_DECIDED, ids[0], ids[1], verdict.name());
        }
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    /** Case id → person id from the latest run, or empty before any run. */
    public Map<String, String> personIds() {
        LinkageResult r = result;
        return r == null ? Map.of() : r.personIds();
    }
}
