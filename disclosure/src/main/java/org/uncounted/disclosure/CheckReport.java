package org.uncounted.disclosure;

import java.util.List;

/** The outcome of {@link DisclosureControl#check}: publishable when there is no violation. */
public record CheckReport(String releaseId, List<Violation> violations) {
    public CheckReport {
        violations = List.copyOf(violations);
    }

    public boolean passed() {
        return violations.isEmpty();
    }

    /** One rule broken by one cell; the message names the table and cell, never a suppressed value. */
    public record Violation(Rule rule, String table, String cell, String detail) {}

    public enum Rule {
        BELOW_THRESHOLD,
        NOT_ROUNDED,
        UNPROTECTED,
        INCONSISTENT_SUPPRESSION,
        MARGIN_MISMATCH
    }
}
