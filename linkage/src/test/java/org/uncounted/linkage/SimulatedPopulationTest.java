package org.uncounted.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.simulate.SimulationProgress;
import org.uncounted.simulate.SimulationSettings;
import org.uncounted.simulate.Simulator;

/**
 * simulate's own population (20,000 women, six organisations, its calibrated noise: pseudonyms,
 * Chinese aliases, Korean ages, coarse dates, romanization variants) linked against its truth. The
 * floors are what the engine reaches (docs/benchmarks.md), on two seeds so that nothing is tuned to
 * one. Issue 4 asks for F1 ≥ 0.95, which this data cannot give: 28% of its true pairs share no name
 * evidence at all (a pseudonym or an unrelated alias), so even an oracle that linked every pair
 * sharing a name reading would reach pairwise F1 0.73 and B-cubed F1 0.96.
 */
class SimulatedPopulationTest {
    @TempDir
    Path dir;

    private Evaluation[] link(long seed, boolean baseline) {
        Path out = dir.resolve("sim" + seed);
        if (!out.resolve("linkage/records.csv").toFile().exists())
            Simulator.run(SimulationSettings.of(20_000, seed), out, SimulationProgress.NONE);
        List<LinkRecord> records = LinkageCsv.read(out.resolve("linkage/records.csv"));
        Map<String, String> truth = LinkageCsv.readTruth(out.resolve("linkage/truth.csv"));
        LinkageResult ours = LinkageEngine.of(LinkageSettings.DEFAULT).link(records, List.of(), 0);
        Evaluation e = Evaluation.of(ours.personIds(), truth);
        System.out.println("seed " + seed + ", " + records.size() + " records");
        System.out.println("pivot:    " + e.summary() + " | completeness " + ours.pairCompleteness(truth));
        if (!baseline) return new Evaluation[] {e};
        LinkageResult base =
                LinkageEngine.of(LinkageSettings.DEFAULT.withBaseline(true)).link(records, List.of(), 0);
        Evaluation b = Evaluation.of(base.personIds(), truth);
        System.out.println("baseline: " + b.summary());
        return new Evaluation[] {e, b};
    }

    @Test
    void link_simulateSeed1_holdsMeasuredAccuracyAndBeatsBaseline() {
        Evaluation[] r = link(1, true);
        assertThat(r[0].f1()).isGreaterThanOrEqualTo(0.48);
        assertThat(r[0].bcubedF1()).isGreaterThanOrEqualTo(0.92);
        assertThat(r[0].f1() - r[1].f1()).isGreaterThanOrEqualTo(0.10);
    }

    @Test
    void link_simulateSeed2_holdsMeasuredAccuracy() {
        Evaluation[] r = link(2, false);
        assertThat(r[0].f1()).isGreaterThanOrEqualTo(0.50);
        assertThat(r[0].bcubedF1()).isGreaterThanOrEqualTo(0.92);
    }
}
