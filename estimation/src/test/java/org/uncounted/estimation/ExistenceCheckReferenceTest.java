package org.uncounted.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** SparseMSE {@code checkident} codes on the artificial table (Chan, Silverman &amp; Vincent 2021). */
class ExistenceCheckReferenceTest {

    @Test
    void allPairs_artificialTable_notIdentifiableCode2() {
        assertThatThrownBy(() -> MseTables.estimate("artificial_3lists.csv", MseMethod.terms("[12,13,23]")))
                .isInstanceOf(ModelNotEstimableException.class)
                .satisfies(
                        e -> assertThat(((ModelNotEstimableException) e).code()).isEqualTo(2))
                .hasMessageContaining("not identifiable");
    }

    @Test
    void pairOneTwo_artificialTable_mleDoesNotExistCode1() {
        assertThatThrownBy(() -> MseTables.estimate("artificial_3lists.csv", MseMethod.terms("[12,3]")))
                .isInstanceOf(ModelNotEstimableException.class)
                .satisfies(
                        e -> assertThat(((ModelNotEstimableException) e).code()).isEqualTo(1))
                .hasMessageContaining("does not exist");
    }

    @Test
    void boundaryPairs_artificialTable_passCode0AndAreReported() {
        MseResult r = MseTables.estimate("artificial_3lists.csv", MseMethod.terms("[13,23,1,2]"));
        assertThat(r.diagnostics().checkCode()).isZero();
        assertThat(r.diagnostics().boundaryTerms()).containsExactlyInAnyOrder("A·C", "B·C");
        assertThat(r.diagnostics().nonOverlappingPairs()).containsExactly("A·C", "B·C");
    }
}
