package org.uncounted.security.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** G9: a ciphertext moved to another case, field or row never decrypts. */
class AadBindingTest {
    static final String[] FIELDS = {
        "person.name_hangul", "person.name_latin", "person.alias", "case.narrative", "person.dob"
    };

    record Stored(FieldAddress address, byte[] ciphertext) {}

    @Test
    void movedCiphertext_anyOfCaseFieldRow_failsToDecrypt_10000Swaps() {
        long seed = 5_2026_1129L;
        System.out.println("AadBindingTest seed " + seed);
        SplittableRandom r = new SplittableRandom(seed);
        try (Keyring k = KeyringTest.newKeyring(new InMemoryWrappedKeyRepository())) {
            List<Stored> stored = new ArrayList<>();
            for (int c = 0; c < 100; c++) {
                String caseId = "case-" + c;
                k.createCaseKey(caseId);
                for (int row = 0; row < 4; row++) {
                    for (String f : FIELDS) {
                        FieldAddress a = new FieldAddress(caseId, f, "row-" + row);
                        stored.add(new Stored(a, k.encryptString(a, "v" + r.nextLong())));
                    }
                }
            }
            int swaps = 0;
            int[] byKind = new int[7];
            while (swaps < 10_000) {
                Stored s = stored.get(r.nextInt(stored.size()));
                int kind = 1 + r.nextInt(7); // bitmask: 1 case, 2 field, 4 row
                FieldAddress a = s.address();
                String caseId = (kind & 1) != 0 ? other(a.caseId(), "case-" + r.nextInt(100)) : a.caseId();
                String field = (kind & 2) != 0 ? other(a.field(), FIELDS[r.nextInt(FIELDS.length)]) : a.field();
                String row = (kind & 4) != 0 ? other(a.rowId(), "row-" + r.nextInt(4)) : a.rowId();
                if (caseId == null || field == null || row == null) {
                    continue; // drew the same value; draw again
                }
                FieldAddress target = new FieldAddress(caseId, field, row);
                assertThatThrownBy(() -> k.decrypt(target, s.ciphertext()))
                        .as("seed %d swap %d: %s -> %s", seed, swaps, a, target)
                        .isInstanceOf(DecryptionFailedException.class);
                byKind[kind - 1]++;
                swaps++;
            }
            System.out.println("swaps by kind (case,field,case+field,row,case+row,field+row,all): "
                    + java.util.Arrays.toString(byKind));
            assertThat(java.util.Arrays.stream(byKind).min().getAsInt()).isGreaterThan(1000);
            for (Stored s : stored) {
                assertThat(k.decrypt(s.address(), s.ciphertext())).isNotEmpty();
            }
        }
    }

    @Test
    void flippedCiphertextByte_failsToDecrypt() {
        long seed = 77L;
        System.out.println("flip seed " + seed);
        SplittableRandom r = new SplittableRandom(seed);
        try (Keyring k = KeyringTest.newKeyring(new InMemoryWrappedKeyRepository())) {
            k.createCaseKey("c");
            FieldAddress a = new FieldAddress("c", "case.narrative", "c");
            byte[] ct = k.encryptString(a, "a narrative of some length, which must not leak");
            for (int i = 0; i < 1000; i++) {
                byte[] bad = ct.clone();
                bad[r.nextInt(bad.length)] ^= (byte) (1 + r.nextInt(255));
                assertThatThrownBy(() -> k.decrypt(a, bad)).isInstanceOf(DecryptionFailedException.class);
            }
        }
    }

    @Test
    void wrappedKeyMovedToAnotherCase_doesNotUnwrap() {
        InMemoryWrappedKeyRepository repo = new InMemoryWrappedKeyRepository();
        try (Keyring k = KeyringTest.newKeyring(repo)) {
            k.createCaseKey("a");
            k.createCaseKey("b");
            FieldAddress inB = new FieldAddress("b", "f", "r");
            byte[] ct = k.encryptString(inB, "x");
            WrappedKey keyOfA = repo.find(KeyKind.CASE, "a").orElseThrow();
            repo.putRaw(new WrappedKey(KeyKind.CASE, "b", keyOfA.kekId(), keyOfA.wrapped(), keyOfA.createdAt()));
            try (Keyring fresh =
                    Keyring.of(KeyringRoot.unlock(k.header(), Unlock.passphrase(KeyringTest.PASS)), repo)) {
                assertThatThrownBy(() -> fresh.decrypt(inB, ct)).isInstanceOf(DecryptionFailedException.class);
            }
        }
    }

    private static String other(String current, String drawn) {
        return drawn.equals(current) ? null : drawn;
    }
}
