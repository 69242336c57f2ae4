package org.uncounted.model.event;

import org.uncounted.model.Checks;
import org.uncounted.model.vocab.EscapeFrom;
import org.uncounted.model.vocab.EscapeOutcome;
import org.uncounted.model.vocab.EventType;

/** She got away from a buyer, brothel, den or detention; helpers appear as HELPER involvements. */
public record Escape(EventCore core, EscapeFrom from, EscapeOutcome outcome) implements Event {
    public Escape {
        Checks.required("core", core);
        from = from == null ? EscapeFrom.OTHER : from;
        outcome = outcome == null ? EscapeOutcome.UNKNOWN : outcome;
    }

    @Override
    public EventType type() {
        return EventType.ESCAPE;
    }
}
