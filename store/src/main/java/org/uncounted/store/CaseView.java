package org.uncounted.store;

import java.util.List;

/** The coded view of one case: its summary and its events in document order. */
public record CaseView(CaseSummary summary, List<EventSummary> events) {
    public CaseView {
        events = List.copyOf(events);
    }
}
