package org.uncounted.estimation;

/**
 * The requested model cannot give an estimate from these data: its maximum-likelihood estimate does not
 * exist (Fienberg &amp; Rinaldo 2012 linear-programming check), it is not identifiable (rank check), or
 * the method needs something the table lacks (for example three lists for a heterogeneity model).
 *
 * <p>Thrown instead of reporting a number: a model that fails the checks is never reported as an
 * estimate. {@link #code()} follows SparseMSE's {@code checkident}: 1 = the extended MLE does not exist,
 * 2 = not identifiable, 3 = both, 0 = the model passed the checks but another precondition failed.
 */
public class ModelNotEstimableException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int code;

    public ModelNotEstimableException(String message, int code) {
        super(message);
        this.code = code;
    }

    /** The existence/identifiability code (0–3), see the class comment. */
    public int code() {
        return code;
    }
}
