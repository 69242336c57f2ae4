package org.uncounted.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.app.web.cases.StoreCases;
import org.uncounted.app.web.cases.Testimony;
import org.uncounted.security.keys.KdfParameters;
import org.uncounted.store.CaseStore;
import org.uncounted.store.Progress;

class StoreCasesTest {
    @Test
    void load_encryptedStoreWithOneCase_givesItsTestimony(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cases.json");
        Files.writeString(file, ModelCasesTest.FILE, StandardCharsets.UTF_8);
        char[] pass = "a long test passphrase".toCharArray();
        try (CaseStore store = CaseStore.createEmbedded(dir.resolve("store"), pass, KdfParameters.forTestsOnly())) {
            store.asOperator().importJson(file, null, Progress.NONE);
            List<Testimony> cases = StoreCases.load(store);
            assertThat(cases).singleElement().satisfies(t -> {
                assertThat(t.sourceId()).isEqualTo("ngo-a");
                assertThat(t.sales()).hasSize(1);
                assertThat(t.person().originPlace()).isEqualTo("KP-09");
            });
        }
    }
}
