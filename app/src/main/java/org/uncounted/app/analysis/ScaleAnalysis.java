package org.uncounted.app.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.uncounted.estimation.CaptureHistories;
import org.uncounted.estimation.IntervalMethod;
import org.uncounted.estimation.LinkageReplicates;
import org.uncounted.estimation.MseEstimator;
import org.uncounted.estimation.MseMethod;
import org.uncounted.estimation.MseResult;
import org.uncounted.linkage.Evaluation;
import org.uncounted.linkage.LinkRecord;
import org.uncounted.linkage.LinkageEngine;
import org.uncounted.linkage.LinkageResult;
import org.uncounted.linkage.LinkageSettings;

/**
 * The hidden total from records of several sources: link the records into persons (K plausible
 * linkages), build each linkage's capture histories over the sources, estimate by stepwise
 * log-linear MSE with a BCa bootstrap, and pool across linkages so the interval carries linkage
 * uncertainty too ({@link LinkageReplicates}). With the truth of a simulation it also estimates from
 * the true links, which separates what linkage errors cost from what the model costs.
 *
 * @param lists the sources (MSE lists), in column order
 * @param linkage the linkage run
 * @param linked the estimate pooled over the linkage replicates
 * @param linkQuality precision, recall and F1 of the linkage against the truth, or null
 * @param fromTrueLinks the same estimator on the true persons, or null without truth
 */
public record ScaleAnalysis(
        List<String> lists,
        LinkageResult linkage,
        LinkageReplicates linked,
        Evaluation linkQuality,
        MseResult fromTrueLinks) {

    /**
     * Runs the analysis.
     *
     * @param records the records, with their sources (cases without statistics consent already left out)
     * @param truth record id → true person id, or null for real data
     * @param replicates linkage replicates K (≥ 1)
     * @param bootstrap bootstrap replicates per linkage replicate
     * @param seed seeds the linkage sampling and the bootstrap
     */
    public static ScaleAnalysis run(
            List<LinkRecord> records, Map<String, String> truth, int replicates, int bootstrap, long seed) {
        if (replicates < 1) throw new IllegalArgumentException("linkage replicates must be >= 1, got " + replicates);
        Map<String, String> sourceOf = new HashMap<>();
        for (LinkRecord r : records) sourceOf.put(r.id(), r.source());
        List<String> lists = new ArrayList<>(new TreeSet<>(sourceOf.values()));
        LinkageResult linkage =
                LinkageEngine.of(LinkageSettings.DEFAULT.withSeed(seed)).link(records, List.of(), replicates);
        List<CaptureHistories> tables = new ArrayList<>();
        int k = 0;
        for (Map<String, String> personOf : linkage.replicates()) {
            tables.add(LinkedCaptureHistories.of("linkage replicate " + (++k), lists, personOf, sourceOf));
        }
        MseEstimator estimator = estimator(bootstrap, seed);
        LinkageReplicates linked = LinkageReplicates.pool(estimator, tables);
        Evaluation quality = truth == null ? null : Evaluation.of(linkage.personIds(), truth);
        MseResult fromTruth = truth == null
                ? null
                : estimator.estimate(LinkedCaptureHistories.of("true links", lists, truth, sourceOf));
        return new ScaleAnalysis(lists, linkage, linked, quality, fromTruth);
    }

    /** The estimator of the scale figures: stepwise log-linear MSE with a BCa bootstrap of {@code bootstrap} samples. */
    public static MseEstimator estimator(int bootstrap, long seed) {
        return MseEstimator.builder()
                .method(MseMethod.STEPWISE)
                .interval(IntervalMethod.BCA)
                .bootstrap(bootstrap)
                .seed(seed)
                .build();
    }
}
