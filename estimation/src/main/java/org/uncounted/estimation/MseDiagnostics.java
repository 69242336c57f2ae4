package org.uncounted.estimation;

import java.util.List;
import java.util.Objects;

/**
 * What a reader needs to judge an estimate.
 *
 * @param nonOverlappingPairs pairs of lists with no case in common (e.g. "LA·GP")
 * @param boundaryTerms model terms with an empty margin, fitted at the boundary (their cells are
 *     structural zeros) rather than left to a GLM that "converges" to −30
 * @param checkCode existence/identifiability code of the reported model (0 = fine; a non-zero model is
 *     never reported, so this is 0 for log-linear results and −1 when no log-linear model is involved)
 * @param bestModels how many of the best-ranked alternative models {@code spreadLow}/{@code spreadHigh}
 *     cover (0 when not computed)
 * @param spreadLow lowest estimate among those models
 * @param spreadHigh highest estimate among those models
 * @param spreadBasis which models the spread was taken over
 * @param aic AIC of the reported log-linear model (NaN otherwise)
 * @param bic BIC of the reported log-linear model (NaN otherwise)
 * @param bootstrapReplicates replicates requested (0 if no bootstrap)
 * @param bootstrapFailures replicates in which no estimable model was found (left out)
 * @param profileMaximum the profile-likelihood maximiser (multinomial N̂) when a profile interval was
 *     computed, NaN otherwise; the reported estimate stays the Poisson N̂
 * @param notes warnings in plain words
 */
public record MseDiagnostics(
        List<String> nonOverlappingPairs,
        List<String> boundaryTerms,
        int checkCode,
        int bestModels,
        double spreadLow,
        double spreadHigh,
        String spreadBasis,
        double aic,
        double bic,
        int bootstrapReplicates,
        int bootstrapFailures,
        double profileMaximum,
        List<String> notes) {
    public MseDiagnostics {
        nonOverlappingPairs = List.copyOf(nonOverlappingPairs);
        boundaryTerms = List.copyOf(boundaryTerms);
        notes = List.copyOf(notes);
        Objects.requireNonNull(spreadBasis, "spreadBasis");
    }
}
