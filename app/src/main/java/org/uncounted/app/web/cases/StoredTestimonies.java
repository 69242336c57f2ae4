package org.uncounted.app.web.cases;

import org.uncounted.app.web.auth.WebUser;
import org.uncounted.app.web.http.AccessDeniedException;
import org.uncounted.app.web.http.NotFoundException;
import org.uncounted.model.place.Gazetteer;
import org.uncounted.store.CaseNotFoundException;
import org.uncounted.store.CaseStore;
import org.uncounted.store.StoreSession;

/**
 * Where the web application's testimonies are kept: the encrypted store, written as the signed-in user
 * (so the store's policy decides and its audit log names them). A recorded testimony becomes a case
 * ({@link TestimonyCases}) saved in one transaction (new: created with its own data key; again: updated,
 * revision + 1); a draft is sealed whole ({@link TestimonyCodec}) and destroyed once recorded.
 */
public final class StoredTestimonies {
    private final CaseStore store;
    private final Gazetteer gazetteer;

    public StoredTestimonies(CaseStore store, Gazetteer gazetteer) {
        this.store = store;
        this.gazetteer = gazetteer;
    }

    /** Saves a recorded testimony as a case, then destroys its draft, if any. */
    public void recorded(Testimony t, WebUser user) {
        StoreSession s = store.as(user.account());
        var c = TestimonyCases.toCase(t, t.sourceId(), gazetteer);
        run(t.id(), () -> {
            s.saveCase(c);
            s.deleteDraft(t.id());
        });
    }

    /** Seals and saves a draft. */
    public void draft(Testimony t, WebUser user) {
        byte[] content = TestimonyCodec.encode(t);
        try {
            run(t.id(), () -> store.as(user.account()).saveDraft(t.id(), t.sourceId(), content));
        } finally {
            java.util.Arrays.fill(content, (byte) 0);
        }
    }

    private static void run(String id, Runnable write) {
        try {
            write.run();
        } catch (org.uncounted.security.access.AccessDeniedException e) {
            throw new AccessDeniedException("case " + id, true);
        } catch (CaseNotFoundException e) {
            throw new NotFoundException("case", id);
        }
    }
}
