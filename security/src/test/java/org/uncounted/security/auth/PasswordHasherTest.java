package org.uncounted.security.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    final PasswordHasher hasher = new PasswordHasher(PasswordParameters.forTestsOnly());

    @Test
    void hash_isArgon2idPhc_andVerifies() {
        String phc = hasher.hash("hunter2 but longer".toCharArray());
        assertThat(phc).matches("\\$argon2id\\$v=19\\$m=256,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.verify("hunter2 but longer".toCharArray(), phc)).isTrue();
        assertThat(hasher.verify("hunter2 but longer!".toCharArray(), phc)).isFalse();
        assertThat(hasher.hash("hunter2 but longer".toCharArray())).isNotEqualTo(phc); // fresh salt
    }

    @Test
    void verify_malformedOrTamperedHash_isFalse() {
        String phc = hasher.hash("pw".toCharArray());
        assertThat(hasher.verify("pw".toCharArray(), "not a hash")).isFalse();
        assertThat(hasher.verify("pw".toCharArray(), phc.replace("$argon2id$", "$argon2i$")))
                .isFalse();
        char last = phc.charAt(phc.length() - 2);
        String tampered = phc.substring(0, phc.length() - 2) + (last == 'A' ? 'B' : 'A') + phc.charAt(phc.length() - 1);
        assertThat(hasher.verify("pw".toCharArray(), tampered)).isFalse();
    }

    @Test
    void productionDefault_meetsOwaspMinimum_andIsRecordedInThePhcString() {
        assertThat(PasswordParameters.DEFAULT.meetsOwaspMinimum()).isTrue();
        assertThat(PasswordParameters.DEFAULT.memoryKiB()).isGreaterThanOrEqualTo(19456);
        assertThat(PasswordParameters.DEFAULT.iterations()).isGreaterThanOrEqualTo(2);
        String phc = new PasswordHasher(PasswordParameters.DEFAULT).hash("x".toCharArray());
        assertThat(PasswordHasher.parametersOf(phc)).isEqualTo(PasswordParameters.DEFAULT);
        assertThat(hasher.needsRehash(phc)).isTrue();
        assertThat(PasswordParameters.forTestsOnly().meetsOwaspMinimum()).isFalse();
    }
}
