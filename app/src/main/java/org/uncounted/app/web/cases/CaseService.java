package org.uncounted.app.web.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.uncounted.app.web.auth.AuditTrail;
import org.uncounted.app.web.auth.WebUser;
import org.uncounted.app.web.http.AccessDeniedException;
import org.uncounted.app.web.http.NotFoundException;
import org.uncounted.app.web.http.WebInputException;
import org.uncounted.app.web.search.NarrativeIndex;
import org.uncounted.model.SensitiveText;
import org.uncounted.security.access.Operation;
import org.uncounted.security.access.Resource;
import org.uncounted.security.audit.AuditAction;

/**
 * Intake, drafts and lookups. The encrypted store is the source of truth: every draft and recorded case is
 * written there first, as the signed-in user ({@link StoredTestimonies}); the {@link CaseRepository} is the
 * in-memory copy the pages, search and aggregates read, updated only after the store accepted the write.
 * Which user may open which case is the store's {@link org.uncounted.security.access.AccessPolicy}.
 */
public final class CaseService {
    /** Source of testimonies whose source question was skipped, for users permitted several sources. */
    public static final String DEFAULT_SOURCE = "web-intake";

    private static final java.util.regex.Pattern SOURCE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final CaseRepository repo;
    private final NarrativeIndex index;
    private final IntakeBinder binder;
    private final PlaceDirectory places;
    private final AuditTrail audit;
    private final StoredTestimonies stored;

    public CaseService(
            CaseRepository repo,
            NarrativeIndex index,
            PlaceDirectory places,
            AuditTrail audit,
            StoredTestimonies stored) {
        this.repo = repo;
        this.audit = audit;
        this.index = index;
        this.places = places;
        this.binder = new IntakeBinder(places);
        this.stored = stored;
    }

    public CaseRepository repository() {
        return repo;
    }

    public PlaceDirectory places() {
        return places;
    }

    public NarrativeIndex index() {
        return index;
    }

    /** Starts a testimony: with consent a draft is created; without, nothing is kept and empty returns. */
    public Optional<Testimony> begin(Map<String, List<String>> consentForm, WebUser user) {
        Testimony t = binder.bind(repo.nextId(), consentForm, Testimony.Status.DRAFT, user.id());
        if (!t.consent().given()) {
            return Optional.empty();
        }
        t = withSource(t, user);
        stored.draft(t, user);
        repo.save(t);
        return Optional.of(t);
    }

    /** Updates a draft (or a recorded case) from form fields; {@code record} makes it a recorded case. */
    public Testimony update(String id, Map<String, List<String>> form, boolean record, WebUser user) {
        Testimony old = editable(id, user);
        Map<String, List<String>> merged = new java.util.HashMap<>(form);
        merged.put("consent_given", List.of(old.consent().given() ? "yes" : "no"));
        merged.put("purposes", new ArrayList<>(old.consent().purposes()));
        if (IntakeBinder.one(form, "source_id") == null && old.sourceId() != null) {
            merged.put("source_id", List.of(old.sourceId()));
        }
        Testimony.Status status = record || old.status() == Testimony.Status.RECORDED
                ? Testimony.Status.RECORDED
                : Testimony.Status.DRAFT;
        Testimony t = withSource(binder.bind(id, merged, status, old.recordedBy()), user);
        save(t, user);
        return t;
    }

    /** Creates a testimony in one call (the JSON API): consent fields and the rest together. */
    public Testimony create(Map<String, List<String>> form, boolean record, WebUser user) {
        Testimony t = binder.bind(
                repo.nextId(), form, record ? Testimony.Status.RECORDED : Testimony.Status.DRAFT, user.id());
        if (!t.consent().given()) {
            throw WebInputException.invalid("consent_given", "consent must be given before anything is recorded");
        }
        t = withSource(t, user);
        save(t, user);
        return t;
    }

    private void save(Testimony t, WebUser user) {
        if (t.status() == Testimony.Status.RECORDED) {
            stored.recorded(t, user);
            repo.save(t);
            index.put(t);
        } else {
            stored.draft(t, user);
            repo.save(t);
        }
    }

    /**
     * A draft or recorded case {@code user} may edit: their own drafts (and, for researchers, drafts of
     * their permitted sources), recorded cases the policy lets them edit. Cases imported from a file are
     * corrected at their source and imported again, never in the form (which holds only part of a case).
     */
    public Testimony editable(String id, WebUser user) {
        Testimony t = repo.find(id).orElseThrow(() -> new NotFoundException("case", id));
        if (t.status() == Testimony.Status.DRAFT) {
            boolean own = t.recordedBy().equals(user.id());
            if (!own && !user.allows(Operation.EDIT_CASE, resource(t, "draft." + t.id()))) {
                throw new NotFoundException("case", id);
            }
            return t;
        }
        if (ModelCases.IMPORTED.equals(t.recordedBy())) {
            throw WebInputException.invalid(
                    "id", "a case imported from a file is corrected at its source and imported again");
        }
        if (!user.allows(Operation.EDIT_CASE, resource(t, t.id()))) {
            throw new AccessDeniedException("case " + id, true);
        }
        return t;
    }

    /** A recorded case for display to {@code reader}, if the policy lets them read it; the read is audited. */
    public Testimony readIdentifying(String id, WebUser reader) {
        Testimony t = recorded(id);
        if (!reader.allows(Operation.READ_IDENTIFYING, resource(t, t.id()))) {
            throw new NotFoundException("case", id);
        }
        audit.record(reader, AuditAction.IDENTIFYING_READ, id);
        return t;
    }

    /**
     * Whether {@code reader} may read the identifying content of {@code t} (its source is one of theirs,
     * or their role reads all sources): search results and lists show only such cases. Not audited: it
     * reveals only that the case exists to someone entitled to open it.
     */
    public boolean mayReadIdentifying(Testimony t, WebUser reader) {
        return t.status() == Testimony.Status.RECORDED
                && reader.allows(Operation.READ_IDENTIFYING, resource(t, t.id()));
    }

    public Testimony recorded(String id) {
        return repo.find(id)
                .filter(t -> t.status() == Testimony.Status.RECORDED)
                .orElseThrow(() -> new NotFoundException("case", id));
    }

    /** The access-control resource of a testimony (its source, id and the user who recorded it). */
    static Resource resource(Testimony t, String objectId) {
        String source = t.sourceId() == null ? DEFAULT_SOURCE : t.sourceId();
        String owner = t.recordedBy() == null || t.recordedBy().isBlank() ? "unknown" : t.recordedBy();
        return Resource.ofCase(source, objectId, owner);
    }

    /** {@code t} filed under its source, or the user's only permitted source, or {@link #DEFAULT_SOURCE}. */
    static Testimony withSource(Testimony t, WebUser user) {
        String source = t.sourceId();
        if (source != null && !SOURCE_ID.matcher(source).matches()) {
            throw WebInputException.invalid("source_id", "letters, digits and . _ : - only, at most 128");
        }
        if (source == null) {
            var permitted = user.account().sources();
            if (!user.account().allSources() && permitted.size() > 1) {
                // several sources and none chosen: ask, rather than file it where she may not write
                throw WebInputException.invalid(
                        "source_id", "choose one of your sources (" + permitted.size() + " are open to you)");
            }
            source = !user.account().allSources() && permitted.size() == 1
                    ? permitted.iterator().next()
                    : DEFAULT_SOURCE;
        }
        return new Testimony(
                t.id(),
                t.status(),
                source,
                t.consent(),
                t.person(),
                t.crossing(),
                t.sales(),
                t.spells(),
                t.exit(),
                t.narrative(),
                t.narrativeLanguage(),
                t.recordedBy(),
                t.updated());
    }

    /** The access object the web layer uses to show identifying fields to permitted roles. */
    public static SensitiveText.Access webAccess() {
        return SensitiveText.Access.grantedTo("web: show to a signed-in role with READ_IDENTIFYING");
    }
}
