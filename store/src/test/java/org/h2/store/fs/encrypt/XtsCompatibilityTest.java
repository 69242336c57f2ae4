package org.h2.store.fs.encrypt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.h2.security.AES;
import org.junit.jupiter.api.Test;
import org.uncounted.store.internal.files.Xts;

/** The JDK-AES XTS computes exactly H2's XTS (H2's own class, in its package), sector by sector and in bulk. */
class XtsCompatibilityTest {
    @Test
    void randomSectors_sameCiphertextAsH2_andDecryptInverts() {
        long seed = 20261129L;
        SplittableRandom r = new SplittableRandom(seed);
        for (int trial = 0; trial < 20; trial++) {
            byte[] key = new byte[16];
            r.nextBytes(key);
            AES aes = new AES();
            aes.setKey(key);
            XTS h2 = new XTS(aes);
            Xts ours = new Xts(key);
            int sectors = r.nextInt(1, 5);
            long first = r.nextInt(0, 1 << 20) + (trial % 3 == 0 ? (1L << 40) : 0);
            byte[] plain = new byte[sectors * 4096];
            r.nextBytes(plain);
            byte[] expected = plain.clone();
            for (int s = 0; s < sectors; s++) h2.encrypt(first + s, 4096, expected, s * 4096);
            byte[] actual = plain.clone();
            ours.encrypt(first, actual, 0, actual.length);
            assertThat(actual).as("seed %d trial %d", seed, trial).isEqualTo(expected);
            ours.decrypt(first, actual, 0, actual.length);
            assertThat(actual).isEqualTo(plain);
            JdkXts installed = jdk(key);
            byte[] viaH2Api = plain.clone();
            for (int s = 0; s < sectors; s++) installed.encrypt(first + s, 4096, viaH2Api, s * 4096);
            assertThat(viaH2Api).isEqualTo(expected);
            for (int s = 0; s < sectors; s++) h2.decrypt(first + s, 4096, viaH2Api, s * 4096);
            assertThat(viaH2Api).isEqualTo(plain);
        }
    }

    @Test
    void lengthOtherThanASector_goesToH2sImplementation() {
        byte[] key = new byte[16];
        AES aes = new AES();
        aes.setKey(key);
        byte[] a = new byte[100];
        new SplittableRandom(3).nextBytes(a);
        byte[] b = a.clone();
        new XTS(aes).encrypt(7, 100, a, 0);
        jdk(key).encrypt(7, 100, b, 0);
        assertThat(b).isEqualTo(a);
    }

    private static JdkXts jdk(byte[] key) {
        try {
            var c = JdkXts.class.getDeclaredConstructor(byte[].class);
            c.setAccessible(true);
            return c.newInstance((Object) key);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
