package org.uncounted.model.event;

import org.uncounted.model.Checks;
import org.uncounted.model.vocab.DetentionFacility;
import org.uncounted.model.vocab.EventType;

/**
 * Forced return to North Korea. The core place is the handover point (e.g. Tumen↔Namyang);
 * {@code reCrossed} (null if unknown) says whether she crossed into China again.
 */
public record Repatriation(EventCore core, DetentionFacility subsequentDetention, Boolean reCrossed) implements Event {
    public Repatriation {
        Checks.required("core", core);
        subsequentDetention = subsequentDetention == null ? DetentionFacility.UNKNOWN : subsequentDetention;
    }

    @Override
    public EventType type() {
        return EventType.REPATRIATION;
    }
}
