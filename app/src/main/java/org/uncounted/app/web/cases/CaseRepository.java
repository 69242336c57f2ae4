package org.uncounted.app.web.cases;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where the web layer keeps testimonies (drafts and recorded cases). */
public interface CaseRepository {
    /** A new id, not yet used. */
    String nextId();

    /** Inserts or replaces the testimony with this id. */
    void save(Testimony t);

    Optional<Testimony> find(String id);

    /** Recorded (not draft) cases matching {@code filter}, ordered by id, one page. */
    List<Testimony> list(CaseFilter filter, int offset, int limit);

    int count(CaseFilter filter);

    /** Drafts of this user, newest first. */
    List<Testimony> drafts(String userId);

    /** Every recorded case, for aggregates and index rebuilds. */
    void forEachRecorded(Consumer<Testimony> action);

    /** Distinct source ids of recorded cases. */
    List<String> sources();

    /** A line shown on pages saying where the data lives (e.g. that it is held in memory only). */
    String storageNoticeKey();
}
