package org.uncounted.model.event;

import java.util.List;
import org.uncounted.model.Checks;
import org.uncounted.model.Involvement;
import org.uncounted.model.time.ImpreciseDate;
import org.uncounted.model.vocab.InvolvementRole;
import org.uncounted.model.vocab.Reliability;
import org.uncounted.model.vocab.SourceConnection;

/**
 * What every event has: an id unique within its case, a date and a place (each null if unknown),
 * the people involved, and the assertion's provenance — the source that asserted it, how the source
 * knows, and how reliable it is. Events are claims, not facts: two sources may assert different
 * events about the same person and both are kept.
 */
public record EventCore(
        String id,
        ImpreciseDate date,
        PlaceRef place,
        List<Involvement> involvements,
        String sourceId,
        Reliability reliability,
        SourceConnection sourceConnection) {
    public EventCore {
        Checks.id("event.id", id);
        involvements = List.copyOf(involvements);
        Checks.id("event.sourceId", sourceId);
        reliability = reliability == null ? Reliability.UNKNOWN : reliability;
        sourceConnection = sourceConnection == null ? SourceConnection.UNKNOWN : sourceConnection;
    }

    /** A core with no date, place or involvements yet; use the {@code with…} methods. */
    public static EventCore of(String id, String sourceId, Reliability reliability) {
        return new EventCore(id, null, null, List.of(), sourceId, reliability, SourceConnection.UNKNOWN);
    }

    public EventCore withDate(ImpreciseDate d) {
        return new EventCore(id, d, place, involvements, sourceId, reliability, sourceConnection);
    }

    public EventCore withPlace(PlaceRef p) {
        return new EventCore(id, date, p, involvements, sourceId, reliability, sourceConnection);
    }

    public EventCore withInvolvements(List<Involvement> i) {
        return new EventCore(id, date, place, i, sourceId, reliability, sourceConnection);
    }

    public EventCore withSourceConnection(SourceConnection c) {
        return new EventCore(id, date, place, involvements, sourceId, reliability, c);
    }

    /** Person ids involved as victims. */
    public List<String> victimIds() {
        return involvements.stream()
                .filter(i -> i.role() == InvolvementRole.VICTIM)
                .map(Involvement::personId)
                .toList();
    }
}
