package org.uncounted.estimation;

/** How the interval around an estimate is computed. */
public enum IntervalMethod {
    /**
     * Wald interval on the log dark figure, {@code n + exp(α̂₀ ± z·se)}, conditional on the selected model
     * (SparseMSE {@code estimatepopulation.0}); log-normal on the dark figure for closed-form estimators.
     * Too narrow when the model was selected from the same data.
     */
    WALD("wald-log-dark-figure"),
    /** Profile multinomial likelihood (Cormack 1992; Rcapture {@code closedpCI.t}), conditional on the model. */
    PROFILE("profile-likelihood"),
    /**
     * Multinomial bootstrap with BCa limits, re-running the model selection in every replicate (Chan,
     * Silverman &amp; Vincent 2021, §3.3). The only interval here that accounts for model choice.
     */
    BCA("bootstrap-bca");

    private final String label;

    IntervalMethod(String label) {
        this.label = label;
    }

    /** The name written in results, e.g. "bootstrap-bca". */
    public String label() {
        return label;
    }
}
