package org.uncounted.model.event;

import java.util.List;
import org.uncounted.model.Involvement;
import org.uncounted.model.time.ImpreciseDate;
import org.uncounted.model.vocab.EventType;
import org.uncounted.model.vocab.Reliability;

/**
 * One step of a trajectory as a source told it ("who did what to whom", HURIDOCS ESF; domain.md
 * §2.8, §3.2). The common fields are in {@link #core()}; each record adds its own. Switch over the
 * sealed hierarchy to handle every kind.
 */
public sealed interface Event
        permits Recruitment,
                BorderCrossing,
                Sale,
                Resale,
                ExploitationSpell,
                Escape,
                Arrest,
                Repatriation,
                OnwardTransit,
                Arrival {
    EventCore core();

    EventType type();

    default String id() {
        return core().id();
    }

    /** When it happened; null if the source did not say. */
    default ImpreciseDate date() {
        return core().date();
    }

    /** Where it happened; null if the source did not say. */
    default PlaceRef place() {
        return core().place();
    }

    default List<Involvement> involvements() {
        return core().involvements();
    }

    default String sourceId() {
        return core().sourceId();
    }

    default Reliability reliability() {
        return core().reliability();
    }
}
