package org.uncounted.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    @Test
    void of_knownClustering_givesPairwiseAndBcubed() {
        // truth {a,b,c} {d}; predicted {a,b} {c,d}: 1 of 3 true pairs found, 1 of 2 predicted correct
        Map<String, String> truth = Map.of("a", "1", "b", "1", "c", "1", "d", "2");
        Map<String, String> pred = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
        Evaluation e = Evaluation.of(pred, truth);
        assertThat(e.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(e.recall()).isCloseTo(1.0 / 3, within(1e-12));
        // B-cubed precision: a 1, b 1, c 1/2, d 1/2 -> 0.75; recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3
        assertThat(e.bcubedPrecision()).isCloseTo(0.75, within(1e-12));
        assertThat(e.bcubedRecall()).isCloseTo(2.0 / 3, within(1e-12));
    }
}
