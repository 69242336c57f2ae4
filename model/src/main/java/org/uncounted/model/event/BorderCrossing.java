package org.uncounted.model.event;

import org.uncounted.model.Checks;
import org.uncounted.model.money.Money;
import org.uncounted.model.vocab.EventType;
import org.uncounted.model.vocab.FeePayer;
import org.uncounted.model.vocab.River;

/**
 * Crossing from North Korea into China (HTCDS Transit). The core place is the arrival side; {@code
 * departure} the side left (e.g. Musan → Helong). {@code fee}, {@code feePayer}, {@code departure}
 * and {@code bribeToGuards} may be null; a fee must be a plausible price.
 */
public record BorderCrossing(
        EventCore core, River river, PlaceRef departure, Money fee, FeePayer feePayer, Boolean bribeToGuards)
        implements Event {
    public BorderCrossing {
        Checks.required("core", core);
        river = river == null ? River.UNKNOWN : river;
        if (fee != null) {
            fee.requirePlausiblePrice("fee");
        }
    }

    @Override
    public EventType type() {
        return EventType.BORDER_CROSSING;
    }
}
