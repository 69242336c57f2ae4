package org.uncounted.formats;

import java.util.List;

/**
 * The outcome of reading or validating one file: the header (null if it could not be read), how
 * many cases were valid, and the errors — at most {@link FormatLimits#MAX_ERRORS} of them, with
 * {@link #totalErrors()} counting all.
 */
public record CaseFileReport(
        String file, CaseFileHeader header, long validCases, List<RecordError> errors, long totalErrors) {
    public CaseFileReport {
        errors = List.copyOf(errors);
    }

    /** Whether the file had no error at all (an import may proceed). */
    public boolean isValid() {
        return totalErrors == 0;
    }

    /**
     * The errors, one per line, followed by {@code … and N more errors} when the list was capped.
     */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (RecordError e : errors) {
            sb.append(e).append('\n');
        }
        if (totalErrors > errors.size()) {
            sb.append("… and ").append(totalErrors - errors.size()).append(" more errors\n");
        }
        return sb.toString();
    }
}
