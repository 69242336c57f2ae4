package org.uncounted.model.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    @Test
    void fromCode_everyValueOfEveryVocabulary_roundTrips() {
        List<Class<? extends Vocabulary>> all = List.of(
                ExploitationType.class,
                PerpetratorRole.class,
                InvolvementRole.class,
                RecruitmentMethod.class,
                SaleType.class,
                Sex.class,
                ConsentPurpose.class,
                SourceType.class,
                Reliability.class,
                SourceConnection.class,
                CurrentStatus.class,
                EventType.class,
                MeansOfControl.class,
                VenueType.class);
        for (Class<? extends Vocabulary> type : all) {
            for (Vocabulary v : type.getEnumConstants()) {
                assertThat(v.code()).matches("[a-z_]+");
                assertThat(Vocabulary.CODES.get(type).get(v.code())).isSameAs(v);
            }
        }
    }

    @Test
    void fromCode_unknown_namesVocabularyAndAllowedCodes() {
        assertThatThrownBy(() -> ExploitationType.fromCode("slavery"))
                .isInstanceOf(UnknownVocabularyValueException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown ExploitationType 'slavery'; allowed: forced_marriage, prostitution, cybersex, "
                        + "forced_labour, domestic_servitude, other");
        assertThatThrownBy(() -> Sex.fromCode(null)).isInstanceOf(UnknownVocabularyValueException.class);
    }

    @Test
    void involvementRole_perpetratorRoles_mapBothWays() {
        for (PerpetratorRole r : PerpetratorRole.values()) {
            InvolvementRole ir = InvolvementRole.of(r);
            assertThat(ir.isPerpetrator()).isTrue();
            assertThat(ir.perpetratorRole()).contains(r);
            assertThat(ir.code()).isEqualTo(r.code());
        }
        assertThat(InvolvementRole.VICTIM.isPerpetrator()).isFalse();
    }
}
