package org.uncounted.estimation;

import java.util.Locale;
import java.util.Objects;

/**
 * How the estimate is obtained: a model-selection rule, a fixed log-linear model, or a classical
 * estimator kept for comparison.
 *
 * @param kind the method
 * @param terms the fixed model's terms as written by the user (e.g. {@code [12,13]}), only for {@link
 *     Kind#TERMS}
 */
public record MseMethod(Kind kind, String terms) {
    /** The methods; {@link #cliName()} is the {@code --method} value. */
    public enum Kind {
        /** Chan, Silverman &amp; Vincent (2021) stepwise Poisson-test selection. */
        STEPWISE("stepwise"),
        /** The best hierarchical model by BIC (Rcapture {@code closedpMS.t}). */
        BIC("bic"),
        /** The best hierarchical model by AIC. */
        AIC("aic"),
        /** Main effects only: lists independent, capture homogeneous. */
        INDEPENDENCE("independence"),
        /** A hierarchical model given by its terms. */
        TERMS("terms"),
        /** Lincoln–Petersen with Chapman's correction (two lists). */
        CHAPMAN("chapman"),
        /** Chao's (1987) lower bound. */
        CHAO("chao"),
        /** Rcapture M0: one capture probability for every list. */
        M0("m0"),
        /** Rcapture Mh, Chao's heterogeneity form. */
        MH_CHAO("mh-chao"),
        /** Rcapture Mth, Chao's heterogeneity form with list effects. */
        MTH_CHAO("mth-chao"),
        /** Rcapture Mth, Darroch's quadratic heterogeneity. */
        MTH_DARROCH("mth-darroch");

        private final String cliName;

        Kind(String cliName) {
            this.cliName = cliName;
        }

        public String cliName() {
            return cliName;
        }
    }

    public static final MseMethod STEPWISE = new MseMethod(Kind.STEPWISE, null);
    public static final MseMethod BIC = new MseMethod(Kind.BIC, null);
    public static final MseMethod AIC = new MseMethod(Kind.AIC, null);
    public static final MseMethod INDEPENDENCE = new MseMethod(Kind.INDEPENDENCE, null);

    public MseMethod {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.TERMS) != (terms != null)) {
            throw new IllegalArgumentException(
                    "terms are given exactly for the 'terms' method, got " + kind + " " + terms);
        }
    }

    /** A fixed hierarchical model, e.g. {@code terms("[12,13,24]")}. */
    public static MseMethod terms(String terms) {
        return new MseMethod(Kind.TERMS, terms);
    }

    /**
     * Parses a {@code --method} value: a {@link Kind#cliName()} or {@code terms:[12,13]}.
     *
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static MseMethod parse(String text) {
        String s = text.strip();
        if (s.toLowerCase(Locale.ROOT).startsWith("terms:")) return terms(s.substring("terms:".length()));
        for (Kind k : Kind.values()) {
            if (k != Kind.TERMS && k.cliName.equalsIgnoreCase(s)) return new MseMethod(k, null);
        }
        StringBuilder allowed = new StringBuilder();
        for (Kind k : Kind.values())
            allowed.append(k == Kind.TERMS ? "terms:[12,13]" : k.cliName).append(", ");
        throw new IllegalArgumentException(
                "unknown method '" + text + "'; allowed: " + allowed.substring(0, allowed.length() - 2));
    }

    /** The name used in output, e.g. "stepwise" or "terms:[12,13]". */
    public String label() {
        return kind == Kind.TERMS ? "terms:" + terms : kind.cliName;
    }

    @Override
    public String toString() {
        return label();
    }
}
