package org.uncounted.security.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyringTest {
    static final char[] PASS = "correct horse battery staple".toCharArray();

    static Keyring newKeyring(InMemoryWrappedKeyRepository repo) {
        return Keyring.of(KeyringRoot.create(Unlock.passphrase(PASS), KdfParameters.forTestsOnly()), repo);
    }

    @Test
    void encryptDecrypt_roundTrip_returnsPlaintext() {
        try (Keyring k = newKeyring(new InMemoryWrappedKeyRepository())) {
            k.createCaseKey("c1");
            FieldAddress a = new FieldAddress("c1", "person.name", "p1");
            byte[] ct = k.encryptString(a, "김영희 CANARY");
            assertThat(new String(ct, StandardCharsets.ISO_8859_1)).doesNotContain("CANARY");
            assertThat(k.decryptString(a, ct)).isEqualTo("김영희 CANARY");
        }
    }

    @Test
    void unlock_rightPassphrase_decryptsWhatWasWritten() {
        InMemoryWrappedKeyRepository repo = new InMemoryWrappedKeyRepository();
        KeyringHeader header;
        FieldAddress a = new FieldAddress("c1", "person.name", "p1");
        byte[] ct;
        try (Keyring k = newKeyring(repo)) {
            header = k.header();
            k.createCaseKey("c1");
            ct = k.encryptString(a, "secret");
        }
        KeyringHeader reread = KeyringHeader.decode(header.encode());
        try (Keyring k = Keyring.of(KeyringRoot.unlock(reread, Unlock.passphrase(PASS)), repo)) {
            assertThat(k.decryptString(a, ct)).isEqualTo("secret");
        }
    }

    @Test
    void unlock_wrongPassphrase_throwsWrongPassphrase() {
        KeyringHeader header = KeyringRoot.create(Unlock.passphrase(PASS), KdfParameters.forTestsOnly())
                .header();
        assertThatThrownBy(() ->
                        KeyringRoot.unlock(header, Unlock.passphrase("correct horse battery stapler".toCharArray())))
                .isInstanceOf(WrongPassphraseException.class)
                .isInstanceOf(SecurityException.class);
    }

    @Test
    void keyFile_unlocks_andOtherKeyFileIsRejected(@TempDir Path dir) {
        Path f = dir.resolve("master.key");
        Path g = dir.resolve("other.key");
        KeyFiles.generate(f);
        KeyFiles.generate(g);
        KeyringRoot root = KeyringRoot.create(Unlock.keyFile(f), null);
        KeyringHeader header = root.header();
        char[] h2 = root.h2FilePassword();
        try (KeyringRoot again = KeyringRoot.unlock(header, Unlock.keyFile(f))) {
            assertThat(again.h2FilePassword()).isEqualTo(h2);
        }
        assertThatThrownBy(() -> KeyringRoot.unlock(header, Unlock.keyFile(g)))
                .isInstanceOf(WrongPassphraseException.class);
        assertThatThrownBy(() -> KeyringRoot.unlock(header, Unlock.passphrase(PASS)))
                .isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void h2FilePassword_is64HexCharsWithoutSpaces() {
        try (Keyring k = newKeyring(new InMemoryWrappedKeyRepository())) {
            assertThat(new String(k.h2FilePassword())).matches("[0-9a-f]{64}");
        }
    }

    @Test
    void encrypt_caseWithoutKey_throwsCaseKeyUnavailable() {
        try (Keyring k = newKeyring(new InMemoryWrappedKeyRepository())) {
            assertThatThrownBy(() -> k.encryptString(new FieldAddress("nokey", "f", "r"), "x"))
                    .isInstanceOf(CaseKeyUnavailableException.class)
                    .hasMessageContaining("nokey");
        }
    }

    @Test
    void productionDefaults_meetTheFloor() {
        KdfParameters d = KdfParameters.DEFAULT;
        assertThat(d.memoryKiB()).isGreaterThanOrEqualTo(64 * 1024);
        assertThat(d.iterations()).isGreaterThanOrEqualTo(3);
        assertThat(d.parallelism()).isBetween(1, 2);
        assertThat(d.isTestOnly()).isFalse();
        assertThat(KdfParameters.forTestsOnly().isTestOnly()).isTrue();
        assertThatThrownBy(() -> KdfParameters.of(32 * 1024, 3, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KdfParameters.of(64 * 1024, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fieldAddress_rejectsContentAsId() {
        assertThatThrownBy(() -> new FieldAddress("Kim Young-hee", "f", "r"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Kim");
    }

    @Test
    void closedKeyring_refusesWork() {
        Keyring k = newKeyring(new InMemoryWrappedKeyRepository());
        k.createCaseKey("c1");
        FieldAddress a = new FieldAddress("c1", "f", "r");
        byte[] ct = k.encryptString(a, "x");
        k.close();
        assertThatThrownBy(() -> k.decrypt(a, ct)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> k.createCaseKey("c2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> k.sealSecret("totp", "u", new byte[1])).isInstanceOf(IllegalStateException.class);
    }
}
