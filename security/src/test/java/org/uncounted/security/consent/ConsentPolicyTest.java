package org.uncounted.security.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uncounted.model.Consent;
import org.uncounted.model.ConsentGrant;
import org.uncounted.model.ConsentWithdrawal;
import org.uncounted.model.vocab.ConsentMethod;
import org.uncounted.model.vocab.ConsentPurpose;

class ConsentPolicyTest {
    static final LocalDate D0 = LocalDate.of(2024, 3, 1);
    static final LocalDate D1 = LocalDate.of(2025, 6, 1);
    static final LocalDate D2 = LocalDate.of(2026, 1, 1);

    static Consent granted(ConsentPurpose... purposes) {
        Consent c = Consent.none();
        for (ConsentPurpose p : purposes) {
            c = c.withGrant(
                    new ConsentGrant(p, p == ConsentPurpose.SHARE ? "partner-a" : null, D0, ConsentMethod.UNKNOWN));
        }
        return c;
    }

    @Test
    void noConsent_allowsNothing() {
        for (Use u : Use.values()) {
            assertThat(ConsentPolicy.allows(Consent.none(), u, u == Use.SHARING ? "partner-a" : null, D1))
                    .isFalse();
        }
        assertThat(ConsentPolicy.duePurge(Consent.none(), D1)).isTrue();
    }

    @Test
    void statistics_needsStoreAndAnalyse() {
        assertThat(ConsentPolicy.allows(granted(ConsentPurpose.ANALYSE), Use.STATISTICS, D1))
                .isFalse();
        assertThat(ConsentPolicy.allows(granted(ConsentPurpose.STORE), Use.STATISTICS, D1))
                .isFalse();
        assertThat(ConsentPolicy.allows(granted(ConsentPurpose.STORE, ConsentPurpose.ANALYSE), Use.STATISTICS, D1))
                .isTrue();
        assertThat(ConsentPolicy.permits(Use.STATISTICS, D1)
                        .test(granted(ConsentPurpose.STORE, ConsentPurpose.ANALYSE)))
                .isTrue();
    }

    @Test
    void sharing_isPerPartner() {
        Consent c = granted(ConsentPurpose.STORE, ConsentPurpose.SHARE);
        assertThat(ConsentPolicy.allows(c, Use.SHARING, "partner-a", D1)).isTrue();
        assertThat(ConsentPolicy.allows(c, Use.SHARING, "partner-b", D1)).isFalse();
        assertThatThrownBy(() -> ConsentPolicy.allows(c, Use.SHARING, D1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withdrawal_affectsAnalysesRunBefore_notAfter() {
        Consent c = granted(ConsentPurpose.STORE, ConsentPurpose.ANALYSE)
                .withWithdrawal(new ConsentWithdrawal(ConsentPurpose.ANALYSE, null, D1));
        assertThat(ConsentPolicy.allows(c, Use.STATISTICS, D0.plusDays(1))).isTrue();
        assertThat(ConsentPolicy.allows(c, Use.STATISTICS, D2)).isFalse();
        assertThat(ConsentPolicy.affectedBy(c, Use.STATISTICS, D0.plusDays(1), D2))
                .isTrue();
        assertThat(ConsentPolicy.affectedBy(c, Use.STATISTICS, D2, D2)).isFalse();
        assertThat(ConsentPolicy.affectedBy(c, Use.DOCUMENTATION, D0.plusDays(1), D2))
                .isFalse();
        assertThat(ConsentPolicy.duePurge(c, D2)).isFalse();
    }

    @Test
    void withdrawalOfEverything_makesCaseDueForPurge() {
        Consent c = granted(ConsentPurpose.STORE, ConsentPurpose.ANALYSE)
                .withWithdrawal(new ConsentWithdrawal(null, null, D1));
        assertThat(ConsentPolicy.duePurge(c, D2)).isTrue();
        assertThat(List.of(Use.values()))
                .allSatisfy(u -> assertThat(u.requires()).contains(ConsentPurpose.STORE));
    }
}
