package org.uncounted.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.uncounted.model.vocab.Script;

class SensitiveTextTest {
    private static final String NAME = "김정숙";

    @Test
    void toString_anyContent_printsOnlyLength() {
        SensitiveText text = SensitiveText.of(NAME);
        assertThat(text.toString()).isEqualTo("[redacted, 3 chars]").doesNotContain(NAME);
        assertThat(String.valueOf(text)).doesNotContain(NAME);
        assertThat("" + text).doesNotContain(NAME);
    }

    @Test
    void enclosingRecords_toString_neverContainContent() {
        Person p = Person.builder("p1")
                .name(new NameVariant(Script.HANGUL, SensitiveText.of(NAME)))
                .alias(SensitiveText.of("Kim Jong-suk"))
                .dateOfBirth(SensitiveText.of("1990-04-01"))
                .build();
        assertThat(p.toString())
                .doesNotContain(NAME)
                .doesNotContain("Kim Jong-suk")
                .doesNotContain("1990-04-01");
    }

    @Test
    void reveal_withAccess_returnsContent() {
        assertThat(SensitiveText.of(NAME).reveal(SensitiveText.Access.grantedTo("test: check content")))
                .isEqualTo(NAME);
    }

    @Test
    void reveal_withoutAccess_isRefused() {
        assertThatThrownBy(() -> SensitiveText.of(NAME).reveal(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SensitiveText.Access.grantedTo(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalsAndLength_compareContentWithoutRevealing() {
        assertThat(SensitiveText.of(NAME)).isEqualTo(SensitiveText.of(NAME)).isNotEqualTo(SensitiveText.of("x"));
        assertThat(SensitiveText.of(NAME).length()).isEqualTo(3);
        assertThat(SensitiveText.of("").isEmpty()).isTrue();
        assertThat(SensitiveText.of("")).isSameAs(SensitiveText.empty());
    }

    @Test
    void sensitiveValidationFailure_messageRedactsValue() {
        InvalidCaseException e = InvalidCaseException.sensitive("persons[0].names[1]", "must not be blank");
        assertThat(e.getMessage()).isEqualTo("field 'persons[0].names[1]' value '<redacted>': must not be blank");
    }
}
