package org.uncounted.store;

import java.util.List;
import org.uncounted.formats.RecordError;

/**
 * An import was refused and rolled back: nothing of the file was written. The message lists the
 * bad records as {@code file:line: field 'x' value 'y': rule} (identifying values are redacted by
 * the readers); {@link #errors()} has them all (up to the readers' cap), {@link #totalErrors()}
 * counts every one.
 */
public class UnableToImportCasesException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<RecordError> errors;
    private final long totalErrors;

    public UnableToImportCasesException(String message, List<RecordError> errors, long totalErrors) {
        super(message);
        this.errors = List.copyOf(errors);
        this.totalErrors = totalErrors;
    }

    public List<RecordError> errors() {
        return errors;
    }

    public long totalErrors() {
        return totalErrors;
    }
}
