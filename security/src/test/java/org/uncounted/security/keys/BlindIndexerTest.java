package org.uncounted.security.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uncounted.model.SensitiveText;

class BlindIndexerTest {
    @Test
    void index_equalAfterNormalisation_differentAcrossDomainsAndKeyrings() {
        try (Keyring k = KeyringTest.newKeyring(new InMemoryWrappedKeyRepository());
                Keyring other = KeyringTest.newKeyring(new InMemoryWrappedKeyRepository())) {
            BlindIndexer b = k.blindIndexer();
            String x = b.index("name.latin", "  Kim   Young-hee ");
            assertThat(x).matches("[0-9a-f]{32}");
            assertThat(b.index("name.latin", "kim young-hee")).isEqualTo(x);
            assertThat(b.index("name.latin", "ＫＩＭ Young-hee")).isEqualTo(x); // full-width → NFKC
            assertThat(b.index("name.latin", SensitiveText.of("KIM YOUNG-HEE"))).isEqualTo(x);
            assertThat(b.index("name.latin", "kim young-hea")).isNotEqualTo(x);
            assertThat(b.index("phone", "kim young-hee")).isNotEqualTo(x);
            assertThat(other.blindIndexer().index("name.latin", "kim young-hee"))
                    .isNotEqualTo(x);
            assertThat(b.toString()).doesNotContain("kim");
        }
    }

    @Test
    void indexUtf8_equalsIndexOfTheDecodedText_andSeesCase() {
        try (Keyring k = KeyringTest.newKeyring(new InMemoryWrappedKeyRepository())) {
            BlindIndexer b = k.blindIndexer();
            String doc = "{\"name\":\"김영희 Kim Young-hee 金英姬\"}";
            assertThat(b.indexUtf8("case-content", doc.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .isEqualTo(b.indexNormalised("case-content", doc))
                    .isNotEqualTo(b.indexNormalised("case-content", doc.replace("Kim", "KIM")));
        }
    }

    @Test
    void sensitiveText_roundTripsThroughEncryption() {
        try (Keyring k = KeyringTest.newKeyring(new InMemoryWrappedKeyRepository())) {
            k.createCaseKey("c");
            FieldAddress a = new FieldAddress("c", "person.alias", "p");
            byte[] ct = k.encrypt(a, SensitiveText.of("순이"));
            assertThat(k.decryptText(a, ct)).isEqualTo(SensitiveText.of("순이"));
        }
    }
}
