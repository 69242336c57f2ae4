package org.uncounted.security.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** G8: a purged case no longer decrypts; every other case still does. */
class PurgeTest {
    @Test
    void destroy_purgedCasesFail_allOthersDecrypt() {
        long seed = 8_8_2026L;
        System.out.println("PurgeTest seed " + seed);
        SplittableRandom r = new SplittableRandom(seed);
        InMemoryWrappedKeyRepository repo = new InMemoryWrappedKeyRepository();
        Map<FieldAddress, byte[]> stored = new LinkedHashMap<>();
        Map<FieldAddress, String> plain = new LinkedHashMap<>();
        KeyringHeader header;
        Set<String> purged = new HashSet<>();
        try (Keyring k = KeyringTest.newKeyring(repo)) {
            header = k.header();
            for (int c = 0; c < 300; c++) {
                String id = "case-" + c;
                k.createCaseKey(id);
                for (String f : List.of("person.name", "case.narrative")) {
                    FieldAddress a = new FieldAddress(id, f, id);
                    String v = "CANARY-" + r.nextLong();
                    stored.put(a, k.encryptString(a, v));
                    plain.put(a, v);
                }
            }
            for (int c = 0; c < 300; c++) {
                if (r.nextInt(10) == 0) {
                    assertThat(k.destroy("case-" + c)).isTrue();
                    purged.add("case-" + c);
                }
            }
            assertThat(purged).isNotEmpty();
            checkAll(k, stored, plain, purged); // the live keyring (cache dropped)
        }
        try (Keyring fresh = Keyring.of(KeyringRoot.unlock(header, Unlock.passphrase(KeyringTest.PASS)), repo)) {
            checkAll(fresh, stored, plain, purged); // a new process
            assertThat(fresh.hasCaseKey(purged.iterator().next())).isFalse();
        }
    }

    private static void checkAll(
            Keyring k, Map<FieldAddress, byte[]> stored, Map<FieldAddress, String> plain, Set<String> purged) {
        int ok = 0;
        int failed = 0;
        for (Map.Entry<FieldAddress, byte[]> e : stored.entrySet()) {
            FieldAddress a = e.getKey();
            if (purged.contains(a.caseId())) {
                assertThatThrownBy(() -> k.decrypt(a, e.getValue()))
                        .isInstanceOf(CaseKeyUnavailableException.class)
                        .hasMessageNotContaining("CANARY");
                failed++;
            } else {
                assertThat(k.decryptString(a, e.getValue())).isEqualTo(plain.get(a));
                ok++;
            }
        }
        assertThat(ok + failed).isEqualTo(stored.size());
        assertThat(failed).isEqualTo(2 * purged.size());
    }

    @Test
    void destroy_thenCreateKeyAgain_doesNotReviveOldCiphertexts() {
        try (Keyring k = KeyringTest.newKeyring(new InMemoryWrappedKeyRepository())) {
            k.createCaseKey("c");
            FieldAddress a = new FieldAddress("c", "f", "r");
            byte[] ct = k.encryptString(a, "old");
            k.destroy("c");
            k.createCaseKey("c");
            assertThatThrownBy(() -> k.decrypt(a, ct)).isInstanceOf(DecryptionFailedException.class);
        }
    }
}
