package org.uncounted.model.event;

import org.uncounted.model.Checks;
import org.uncounted.model.vocab.ArrestAgency;
import org.uncounted.model.vocab.ArrestMethod;
import org.uncounted.model.vocab.EventType;

/** Arrest, usually by Chinese police before repatriation; detention days 0–3650 or null. */
public record Arrest(EventCore core, ArrestAgency agency, ArrestMethod method, Integer detentionDays) implements Event {
    public Arrest {
        Checks.required("core", core);
        agency = agency == null ? ArrestAgency.UNKNOWN : agency;
        method = method == null ? ArrestMethod.UNKNOWN : method;
        Checks.nonNegative("detentionDays", detentionDays, 3650);
    }

    @Override
    public EventType type() {
        return EventType.ARREST;
    }
}
