package org.uncounted.security.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** G10: rotating the master key over 1,000 cases leaves every field decryptable. */
class RotationTest {
    static final char[] NEW_PASS = "a completely different passphrase".toCharArray();

    @Test
    void rotate_1000Cases_zeroFailures_oldPassphraseRejected() {
        InMemoryWrappedKeyRepository repo = new InMemoryWrappedKeyRepository();
        Map<FieldAddress, byte[]> stored = new LinkedHashMap<>();
        KeyringHeader oldHeader;
        KeyringHeader newHeader;
        String blindBefore;
        char[] h2Before;
        byte[] sealedTotp;
        try (Keyring k = KeyringTest.newKeyring(repo)) {
            oldHeader = k.header();
            for (int c = 0; c < 1000; c++) {
                String id = "case-" + c;
                k.createCaseKey(id);
                FieldAddress a = new FieldAddress(id, "person.name", "p-" + c);
                stored.put(a, k.encryptString(a, "name " + c));
            }
            k.createBackupKey("bk-1");
            blindBefore = k.blindIndexer().index("name.hangul", "김영희");
            h2Before = k.h2FilePassword();
            sealedTotp = k.sealSecret("totp", "user-7", new byte[] {1, 2, 3});
            Map<String, byte[]> wrappedBefore = new LinkedHashMap<>();
            repo.findAll().forEach(w -> wrappedBefore.put(w.ownerId(), w.wrapped()));
            RotationResult result = k.rotate(Unlock.passphrase(NEW_PASS), KdfParameters.forTestsOnly());
            newHeader = result.header();
            assertThat(result.keysRewrapped()).isEqualTo(1001);
            assertThat(newHeader.kekId()).isNotEqualTo(oldHeader.kekId());
            assertThat(repo.findAll()).allSatisfy(w -> {
                assertThat(w.kekId()).isEqualTo(newHeader.kekId());
                assertThat(w.wrapped()).isNotEqualTo(wrappedBefore.get(w.ownerId()));
            });
            int failures = decryptAll(k, stored); // same process after rotation
            assertThat(failures).isZero();
        }
        try (Keyring k = Keyring.of(
                KeyringRoot.unlock(KeyringHeader.decode(newHeader.encode()), Unlock.passphrase(NEW_PASS)), repo)) {
            assertThat(decryptAll(k, stored)).isZero();
            assertThat(k.backupKey("bk-1")).isNotNull();
            assertThat(k.blindIndexer().index("name.hangul", "김영희")).isEqualTo(blindBefore);
            assertThat(k.h2FilePassword()).isEqualTo(h2Before);
            assertThat(k.openSecret("totp", "user-7", sealedTotp)).containsExactly(1, 2, 3);
            assertThatThrownBy(() -> k.openSecret("totp", "user-8", sealedTotp))
                    .isInstanceOf(DecryptionFailedException.class);
            assertThatThrownBy(() -> k.openSecret("api-token", "user-7", sealedTotp))
                    .isInstanceOf(DecryptionFailedException.class);
        }
        assertThatThrownBy(() -> KeyringRoot.unlock(newHeader, Unlock.passphrase(KeyringTest.PASS)))
                .isInstanceOf(WrongPassphraseException.class);
        try (Keyring stale = Keyring.of(KeyringRoot.unlock(oldHeader, Unlock.passphrase(KeyringTest.PASS)), repo)) {
            FieldAddress any = stored.keySet().iterator().next();
            assertThatThrownBy(() -> stale.decrypt(any, stored.get(any))).isInstanceOf(KeyringMismatchException.class);
        }
    }

    private static int decryptAll(Keyring k, Map<FieldAddress, byte[]> stored) {
        int failures = 0;
        for (Map.Entry<FieldAddress, byte[]> e : stored.entrySet()) {
            try {
                String expected = "name " + e.getKey().caseId().substring(5);
                if (!k.decryptString(e.getKey(), e.getValue()).equals(expected)) {
                    failures++;
                }
            } catch (SecurityException ex) {
                failures++;
            }
        }
        return failures;
    }

    @Test
    void rotate_stagingFails_nothingWritten_oldKeysStillWork() {
        InMemoryWrappedKeyRepository repo = new InMemoryWrappedKeyRepository();
        try (Keyring k = KeyringTest.newKeyring(repo)) {
            k.createCaseKey("c");
            FieldAddress a = new FieldAddress("c", "f", "r");
            byte[] ct = k.encryptString(a, "x");
            var before = repo.findAll();
            KeyringHeader[] staged = {null};
            assertThatThrownBy(() -> k.rotate(Unlock.passphrase(NEW_PASS), KdfParameters.forTestsOnly(), h -> {
                        staged[0] = h;
                        throw new IllegalStateException("disk full");
                    }))
                    .hasMessage("disk full");
            assertThat(staged[0]).isNotNull();
            assertThat(repo.findAll()).isEqualTo(before);
            assertThat(k.decryptString(a, ct)).isEqualTo("x");
            try (Keyring again =
                    Keyring.of(KeyringRoot.unlock(k.header(), Unlock.passphrase(KeyringTest.PASS)), repo)) {
                assertThat(again.decryptString(a, ct)).isEqualTo("x");
            }
        }
    }
}
