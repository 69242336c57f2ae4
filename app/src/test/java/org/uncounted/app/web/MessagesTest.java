package org.uncounted.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.uncounted.app.web.i18n.Messages;

class MessagesTest {
    @Test
    void bundles_englishAndKorean_haveTheSameKeys() {
        Set<String> en = new TreeSet<>(Messages.of(Locale.ENGLISH).bundle().keySet());
        Set<String> ko = new TreeSet<>(Messages.of(Locale.KOREAN).bundle().keySet());
        assertThat(ko).containsExactlyElementsOf(en);
        assertThat(en).hasSizeGreaterThan(150);
    }

    @Test
    void korean_isReadAsUtf8_andFormatsNumbersForTheLocale() {
        Messages ko = Messages.of(Locale.KOREAN);
        assertThat(ko.t("nav.cases")).isEqualTo("사례");
        assertThat(ko.t("cases.count", 12345)).isEqualTo("사례 12,345건");
        assertThat(Messages.of(Locale.GERMAN).locale())
                .as("unsupported falls back to English")
                .isEqualTo(Locale.ENGLISH);
        assertThat(Messages.of(Locale.GERMAN).number(1234567)).isEqualTo("1,234,567");
    }
}
