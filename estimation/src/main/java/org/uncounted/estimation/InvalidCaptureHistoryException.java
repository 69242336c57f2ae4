package org.uncounted.estimation;

/**
 * A capture-history table that cannot be estimated from: one list only, a value that is not 0 or 1, a
 * negative or fractional count, a duplicated pattern, an all-zero pattern, or no case on two lists.
 *
 * <p>The message names the source (file and stratum), the line, the column, the offending value and
 * the rule broken. It never carries identifying content: capture tables hold counts only.
 */
public class InvalidCaptureHistoryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidCaptureHistoryException(String message) {
        super(message);
    }
}
