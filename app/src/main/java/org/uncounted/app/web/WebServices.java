package org.uncounted.app.web;

import java.time.Clock;
import org.uncounted.app.web.auth.Authenticator;
import org.uncounted.app.web.auth.InMemorySessionStore;
import org.uncounted.app.web.auth.InMemoryUserDirectory;
import org.uncounted.app.web.auth.LoginThrottle;
import org.uncounted.app.web.auth.SessionStore;
import org.uncounted.app.web.cases.CaseRepository;
import org.uncounted.app.web.cases.CaseService;
import org.uncounted.app.web.cases.GazetteerPlaces;
import org.uncounted.app.web.cases.InMemoryCaseRepository;
import org.uncounted.app.web.search.NarrativeIndex;

/** The services the pages and the API call. One instance per server. */
public final class WebServices implements AutoCloseable {
    private final InMemoryUserDirectory users;
    private final SessionStore sessions;
    private final Authenticator authenticator;
    private final CaseService cases;
    private final NarrativeIndex index;

    public WebServices(InMemoryUserDirectory users, CaseRepository repo, Clock clock) {
        this.users = users;
        this.sessions = new InMemorySessionStore(clock);
        this.authenticator = new Authenticator(users, sessions, new LoginThrottle(clock));
        this.index = new NarrativeIndex(CaseService.webAccess());
        this.cases = new CaseService(repo, index, GazetteerPlaces.standard());
        index.rebuild(recorded(repo), n -> {});
    }

    /** Fresh services: an empty in-memory user directory and case repository. */
    public static WebServices inMemory() {
        return new WebServices(new InMemoryUserDirectory(), new InMemoryCaseRepository(), Clock.systemUTC());
    }

    private static java.util.List<org.uncounted.app.web.cases.Testimony> recorded(CaseRepository repo) {
        var all = new java.util.ArrayList<org.uncounted.app.web.cases.Testimony>();
        repo.forEachRecorded(all::add);
        return all;
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

    @Override
    public void close() {
        index.close();
    }
}
