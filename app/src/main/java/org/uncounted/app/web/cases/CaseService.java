package org.uncounted.app.web.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.uncounted.app.web.auth.AuditTrail;
import org.uncounted.app.web.auth.WebUser;
import org.uncounted.app.web.http.NotFoundException;
import org.uncounted.app.web.http.WebInputException;
import org.uncounted.app.web.search.NarrativeIndex;
import org.uncounted.model.SensitiveText;
import org.uncounted.security.audit.AuditAction;

/** Intake, drafts and lookups over a {@link CaseRepository}, keeping the search index in step. */
public final class CaseService {
    private final CaseRepository repo;
    private final NarrativeIndex index;
    private final IntakeBinder binder;
    private final PlaceDirectory places;
    private final AuditTrail audit;

    public CaseService(CaseRepository repo, NarrativeIndex index, PlaceDirectory places, AuditTrail audit) {
        this.repo = repo;
        this.audit = audit;
        this.index = index;
        this.places = places;
        this.binder = new IntakeBinder(places);
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
        repo.save(t);
        audit.record(user.id(), AuditAction.CASE_CREATED, t.id());
        return Optional.of(t);
    }

    /** Updates a draft (or a recorded case) from form fields; {@code record} makes it a recorded case. */
    public Testimony update(String id, Map<String, List<String>> form, boolean record, WebUser user) {
        Testimony old = editable(id, user);
        Map<String, List<String>> merged = new java.util.HashMap<>(form);
        merged.put("consent_given", List.of(old.consent().given() ? "yes" : "no"));
        merged.put("purposes", new ArrayList<>(old.consent().purposes()));
        Testimony.Status status = record || old.status() == Testimony.Status.RECORDED
                ? Testimony.Status.RECORDED
                : Testimony.Status.DRAFT;
        Testimony t = binder.bind(id, merged, status, old.recordedBy());
        repo.save(t);
        audit.record(user.id(), AuditAction.CASE_EDITED, t.id());
        if (status == Testimony.Status.RECORDED) {
            index.put(t);
        }
        return t;
    }

    /** Creates a testimony in one call (the JSON API): consent fields and the rest together. */
    public Testimony create(Map<String, List<String>> form, boolean record, WebUser user) {
        Testimony t = binder.bind(
                repo.nextId(), form, record ? Testimony.Status.RECORDED : Testimony.Status.DRAFT, user.id());
        if (!t.consent().given()) {
            throw WebInputException.invalid("consent_given", "consent must be given before anything is recorded");
        }
        repo.save(t);
        audit.record(user.id(), AuditAction.CASE_CREATED, t.id());
        if (record) {
            index.put(t);
        }
        return t;
    }

    /** A draft of this user (administrators may open any), or a recorded case. */
    public Testimony editable(String id, WebUser user) {
        Testimony t = repo.find(id).orElseThrow(() -> new NotFoundException("case", id));
        if (t.status() == Testimony.Status.DRAFT
                && !t.recordedBy().equals(user.id())
                && user.role() != org.uncounted.app.web.auth.Role.ADMIN) {
            throw new NotFoundException("case", id);
        }
        return t;
    }

    /** A recorded case for display to {@code reader}; the read of identifying content is audited. */
    public Testimony readIdentifying(String id, WebUser reader) {
        Testimony t = recorded(id);
        audit.record(reader.id(), AuditAction.IDENTIFYING_READ, id);
        return t;
    }

    public Testimony recorded(String id) {
        return repo.find(id)
                .filter(t -> t.status() == Testimony.Status.RECORDED)
                .orElseThrow(() -> new NotFoundException("case", id));
    }

    /** The access object the web layer uses to show identifying fields to permitted roles. */
    public static SensitiveText.Access webAccess() {
        return SensitiveText.Access.grantedTo("web: show to a signed-in role with READ_IDENTIFYING");
    }
}
