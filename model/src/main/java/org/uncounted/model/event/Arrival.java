package org.uncounted.model.event;

import org.uncounted.model.Checks;
import org.uncounted.model.vocab.EventType;

/**
 * Arrival in safety: in South Korea (core place {@code KR}) or in a third country. {@code
 * viaCountryId} is the last transit country (e.g. {@code TH}), null if unknown.
 */
public record Arrival(EventCore core, String viaCountryId) implements Event {
    /** Gazetteer id of South Korea. */
    public static final String ROK = "KR";

    public Arrival {
        Checks.required("core", core);
    }

    /** Whether the arrival is in South Korea. */
    public boolean isInRok() {
        return core.place() != null && ROK.equals(core.place().placeId());
    }

    @Override
    public EventType type() {
        return EventType.ARRIVAL;
    }
}
