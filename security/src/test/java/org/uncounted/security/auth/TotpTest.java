package org.uncounted.security.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** RFC 6238 Appendix B test vectors (8 digits, 30 s step, T0 = 0). */
class TotpTest {
    static final byte[] SEED20 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SEED32 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SEED64 =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    static final long[] TIMES = {59L, 1111111109L, 1111111111L, 1234567890L, 2000000000L, 20000000000L};
    static final String[] SHA1 = {"94287082", "07081804", "14050471", "89005924", "69279037", "65353130"};
    static final String[] SHA256 = {"46119246", "68084774", "67062674", "91819424", "90698825", "77737706"};
    static final String[] SHA512 = {"90693936", "25091201", "99943326", "93441116", "38618901", "47863826"};

    @Test
    void code_rfc6238Vectors_match() {
        Totp sha1 = new Totp(Totp.Algorithm.SHA1, 8, 30);
        Totp sha256 = new Totp(Totp.Algorithm.SHA256, 8, 30);
        Totp sha512 = new Totp(Totp.Algorithm.SHA512, 8, 30);
        for (int i = 0; i < TIMES.length; i++) {
            Instant t = Instant.ofEpochSecond(TIMES[i]);
            assertThat(sha1.code(SEED20, t)).as("SHA1 at %d", TIMES[i]).isEqualTo(SHA1[i]);
            assertThat(sha256.code(SEED32, t)).as("SHA256 at %d", TIMES[i]).isEqualTo(SHA256[i]);
            assertThat(sha512.code(SEED64, t)).as("SHA512 at %d", TIMES[i]).isEqualTo(SHA512[i]);
        }
    }

    @Test
    void default_sixDigits_areTheLastSixOfTheRfcCode() {
        assertThat(Totp.DEFAULT.code(SEED20, Instant.ofEpochSecond(59))).isEqualTo("287082");
    }

    @Test
    void verify_acceptsAdjacentStep_rejectsReplayAndFarSteps() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        byte[] secret = Totp.newSecret();
        Totp totp = Totp.DEFAULT;
        long step = totp.step(now);
        String previous = totp.codeAtStep(secret, step - 1);
        OptionalLong ok = totp.verify(secret, previous, now, 1, Long.MIN_VALUE);
        assertThat(ok).hasValue(step - 1);
        assertThat(totp.verify(secret, previous, now, 1, ok.getAsLong())).isEmpty(); // replay
        assertThat(totp.verify(secret, totp.codeAtStep(secret, step - 3), now, 1, Long.MIN_VALUE))
                .isEmpty();
        assertThat(totp.verify(secret, "12345", now, 1, Long.MIN_VALUE)).isEmpty();
        assertThat(totp.verify(secret, null, now, 1, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void enrolmentUri_carriesBase32Secret() {
        String uri = Totp.DEFAULT.enrolmentUri(SEED20, "Uncounted", "u42");
        assertThat(uri).startsWith("otpauth://totp/Uncounted:u42?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&");
    }

    @Test
    void base32_decodeOfEncode_isIdentity_andTolerantOfHowPeopleTypeIt() {
        assertThat(Base32.decode(Base32.encode(SEED20))).isEqualTo(SEED20);
        // RFC 4648 §10 test vector, lower case, with padding and spaces
        assertThat(Base32.decode("mzxw6 ytb oi======"))
                .isEqualTo("foobar".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Base32.decode("ABC1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("ABC1");
    }
}
