package org.uncounted.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.simulate.SimulationParameters;
import org.uncounted.simulate.SimulationProgress;
import org.uncounted.simulate.SimulationSettings;
import org.uncounted.simulate.Simulator;

/**
 * simulate's own population (20,000 women, six organisations, its calibrated noise: pseudonyms,
 * Chinese aliases, Korean ages, coarse dates, romanization variants) linked against its truth. The
 * floors are what the engine reaches (docs/benchmarks.md), on two seeds so that nothing is tuned to
 * one. 28% of its true pairs share no name evidence at all (a pseudonym or an unrelated alias); the
 * records' trajectories (crossing, first sale, exploitation, escape and arrest dates) link most of
 * them. Issue 4 asks for pairwise F1 ≥ 0.95, which this data does not give: an error-free oracle
 * linking every pair that shares a full name reading or at least one trajectory date reaches
 * 0.97, one that needs three agreement points 0.94 (linkage/tools/simulate_bound.py).
 */
class SimulatedPopulationTest {
    @TempDir
    Path dir;

    private Evaluation[] link(long seed, boolean baseline) {
        return link(seed, baseline, LinkageSettings.DEFAULT);
    }

    private Evaluation[] link(long seed, boolean baseline, LinkageSettings settings) {
        Path out = dir.resolve("sim" + seed);
        if (!out.resolve("linkage/records.csv").toFile().exists())
            Simulator.run(SimulationSettings.of(20_000, seed), out, SimulationProgress.NONE);
        List<LinkRecord> records = LinkageCsv.read(out.resolve("linkage/records.csv"));
        Map<String, String> truth = LinkageCsv.readTruth(out.resolve("linkage/truth.csv"));
        LinkageResult ours = LinkageEngine.of(settings).link(records, List.of(), 0);
        Evaluation e = Evaluation.of(ours.personIds(), truth);
        System.out.println("seed " + seed + ", " + records.size() + " records, fields " + settings.fields());
        System.out.println("pivot:    " + e.summary() + " | completeness " + ours.pairCompleteness(truth)
                + " | pairs/record " + ours.blocking().pairsPerRecord());
        assertThat(ours.blocking().pairsPerRecord()).isLessThanOrEqualTo(200);
        if (settings == LinkageSettings.DEFAULT)
            assertThat(ours.pairCompleteness(truth)).isGreaterThanOrEqualTo(0.96);
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
        // 2026-11-29: 0.832 (precision 0.939) before a near trajectory date got levels of its own
        // and a name read in either order was compared order by order; 0.853 (0.969) after
        assertThat(r[0].f1()).isGreaterThanOrEqualTo(0.845);
        assertThat(r[0].precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(r[0].bcubedF1()).isGreaterThanOrEqualTo(0.96);
        assertThat(r[0].f1() - r[1].f1()).isGreaterThanOrEqualTo(0.10);
    }

    @Test
    void link_simulateSeed1_withoutTrajectories_losesWhatTheyBring() {
        Map<String, FieldKind> ignore = new java.util.HashMap<>();
        for (String c : List.of(
                "crossing_date",
                "first_sale_date",
                "exploitation_type",
                "exploitation_start",
                "exploitation_end",
                "escape_date",
                "arrest_date")) ignore.put(c, null);
        Evaluation without = link(1, false, LinkageSettings.DEFAULT.withFields(ignore))[0];
        assertThat(without.f1()).isLessThan(0.60); // names, birth and places alone: 0.51 before issue 4's rework
    }

    @Test
    void explain_pseudonymousRecordLinkedToItsPartner_showsTheTrajectoryAsTheReason() {
        Path out = dir.resolve("sim2");
        Simulator.run(SimulationSettings.of(20_000, 2), out, SimulationProgress.NONE);
        List<LinkRecord> records = LinkageCsv.read(out.resolve("linkage/records.csv"));
        Map<String, String> truth = LinkageCsv.readTruth(out.resolve("linkage/truth.csv"));
        LinkageResult result = LinkageEngine.of(LinkageSettings.DEFAULT).link(records, List.of(), 0);
        int shown = 0;
        for (ScoredPair p : result.pairs(0.5)) {
            boolean pseudonym =
                    p.recordIdA().startsWith("media-") || p.recordIdB().startsWith("media-");
            if (!pseudonym || !truth.get(p.recordIdA()).equals(truth.get(p.recordIdB()))) continue;
            Map<String, Double> why = result.explain(p.recordIdA(), p.recordIdB());
            assertThat(why).containsKeys("name", "trajectory", "exploitation_type", "arrest_date");
            // a pseudonym shares at most a surname ("Ms Kim"): the trajectory weighs at least 3 bits
            // in every such link (0 if it were ignored)
            assertThat(why.get("trajectory")).isGreaterThan(3.0);
            shown++;
        }
        assertThat(shown).isGreaterThanOrEqualTo(20);
    }

    /**
     * Testimony misremembers dates: with 20 % of recorded dates shifted by 1–12 months
     * (noise.date-recall-shift, off in the calibrated population) the trajectory still carries
     * pseudonymous records. Measured 2026-11-29: F1 0.753 with a near date adding no point, 0.695
     * when a near date set the whole trajectory to "within a year".
     */
    @Test
    void link_misrememberedDates_keepMostOfTheTrajectoryEvidence() {
        Path out = dir.resolve("recall");
        Simulator.run(
                SimulationSettings.of(20_000, 1)
                        .withParameters(SimulationParameters.parseOverrides("noise.date-recall-shift = 0.2", "test")),
                out,
                SimulationProgress.NONE);
        List<LinkRecord> records = LinkageCsv.read(out.resolve("linkage/records.csv"));
        Evaluation e = Evaluation.of(
                LinkageEngine.of(LinkageSettings.DEFAULT)
                        .link(records, List.of(), 0)
                        .personIds(),
                LinkageCsv.readTruth(out.resolve("linkage/truth.csv")));
        System.out.println("recall noise 0.2: " + e.summary());
        assertThat(e.f1()).isGreaterThanOrEqualTo(0.73);
        assertThat(e.bcubedF1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void link_simulateSeed2_holdsMeasuredAccuracy() {
        Evaluation[] r = link(2, false);
        assertThat(r[0].f1()).isGreaterThanOrEqualTo(0.835); // 0.826 before, 0.840 after
        assertThat(r[0].precision()).isGreaterThanOrEqualTo(0.95); // 0.946 before, 0.968 after
        assertThat(r[0].bcubedF1()).isGreaterThanOrEqualTo(0.96);
    }
}
