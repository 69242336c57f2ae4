package org.uncounted.disclosure;

/** A release failed {@link DisclosureControl#check}: it must not leave the system. */
public class DisclosureViolationException extends SecurityException {
    private static final long serialVersionUID = 1L;

    private final transient CheckReport report;

    public DisclosureViolationException(CheckReport report) {
        super("release " + report.releaseId() + " failed disclosure check: " + report.violations());
        this.report = report;
    }

    public CheckReport report() {
        return report;
    }
}
