package org.uncounted.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.uncounted.model.SensitiveText;
import org.uncounted.security.keys.FieldAddress;
import org.uncounted.security.keys.InMemoryWrappedKeyRepository;
import org.uncounted.security.keys.KdfParameters;
import org.uncounted.security.keys.Keyring;
import org.uncounted.security.keys.KeyringRoot;
import org.uncounted.security.keys.Unlock;

/**
 * Canary, module part: identifying text passed through every error path of the keyring never
 * appears in an exception message, a toString or a stack trace; and no crypto code uses a
 * predictable random generator.
 */
class NoContentLeakTest {
    static final String CANARY = "CANARY-7f3a9b-김영희";

    @Test
    void errorPaths_neverEchoPlaintext() {
        List<String> seen = new ArrayList<>();
        char[] pass = (CANARY + " passphrase").toCharArray();
        try (Keyring k = Keyring.of(
                KeyringRoot.create(Unlock.passphrase(pass), KdfParameters.forTestsOnly()),
                new InMemoryWrappedKeyRepository())) {
            seen.add(k.toString());
            seen.add(k.header().toString());
            seen.add(Unlock.passphrase(pass).toString());
            FieldAddress a = new FieldAddress("c1", "person.name", "p1");
            seen.add(describe(catchThrowable(() -> k.encrypt(a, SensitiveText.of(CANARY)))));
            k.createCaseKey("c1");
            byte[] ct = k.encrypt(a, SensitiveText.of(CANARY));
            seen.add(describe(catchThrowable(() -> k.decrypt(new FieldAddress("c1", "person.alias", "p1"), ct))));
            k.destroy("c1");
            seen.add(describe(catchThrowable(() -> k.decrypt(a, ct))));
            seen.add(describe(catchThrowable(() -> new FieldAddress(CANARY, "f", "r"))));
            seen.add(describe(catchThrowable(() -> k.blindIndexer().index(CANARY, CANARY))));
            seen.add(k.blindIndexer().toString());
        }
        assertThat(seen)
                .hasSizeGreaterThan(8)
                .allSatisfy(s -> assertThat(s).doesNotContain("CANARY").doesNotContain("김영희"));
    }

    @Test
    void cryptoSources_useNoPredictableRandom() throws IOException {
        Path root = Path.of("src/main/java/org/uncounted/security");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (f.endsWith("SecurityBench.java")) {
                    continue; // benchmark input data only, seeded on purpose
                }
                String src = Files.readString(f);
                assertThat(src)
                        .as(f.toString())
                        .doesNotContain("java.util.Random")
                        .doesNotContain("new Random(")
                        .doesNotContain("Math.random")
                        .doesNotContain("ThreadLocalRandom")
                        .doesNotContain("SplittableRandom")
                        .doesNotContain("crypto.tink.subtle");
            }
        }
    }

    static String describe(Throwable t) {
        if (t == null) {
            return "";
        }
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }
}
