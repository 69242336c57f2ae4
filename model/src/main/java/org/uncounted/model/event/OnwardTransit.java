package org.uncounted.model.event;

import java.util.List;
import org.uncounted.model.Checks;
import org.uncounted.model.money.Money;
import org.uncounted.model.vocab.EventType;

/**
 * Journey out of China through third countries (the "underground railroad"), as gazetteer country
 * ids in order (e.g. CN, LA, TH). Fee (plausible price) and duration (0–3650 days) may be null.
 */
public record OnwardTransit(EventCore core, List<String> countryIds, Money fee, Integer durationDays) implements Event {
    public OnwardTransit {
        Checks.required("core", core);
        countryIds = List.copyOf(countryIds);
        for (String id : countryIds) {
            Checks.id("countryIds", id);
        }
        if (fee != null) {
            fee.requirePlausiblePrice("fee");
        }
        Checks.nonNegative("durationDays", durationDays, 3650);
    }

    @Override
    public EventType type() {
        return EventType.ONWARD_TRANSIT;
    }
}
