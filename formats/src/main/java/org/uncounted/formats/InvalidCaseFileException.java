package org.uncounted.formats;

/**
 * A file failed validation; nothing from it may be kept. The message lists the first errors (the
 * whole capped list is in {@link #report()}).
 */
public class InvalidCaseFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final int ERRORS_IN_MESSAGE = 20;

    private final transient CaseFileReport report;

    public InvalidCaseFileException(CaseFileReport report) {
        super(message(report));
        this.report = report;
    }

    public CaseFileReport report() {
        return report;
    }

    private static String message(CaseFileReport r) {
        StringBuilder sb = new StringBuilder(r.file() + ": " + r.totalErrors() + " error(s), nothing imported\n");
        r.errors().stream().limit(ERRORS_IN_MESSAGE).forEach(e -> sb.append(e).append('\n'));
        if (r.totalErrors() > ERRORS_IN_MESSAGE) {
            sb.append("… and ").append(r.totalErrors() - ERRORS_IN_MESSAGE).append(" more errors\n");
        }
        return sb.toString().stripTrailing();
    }
}
