package org.uncounted.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.uncounted.app.ExitCodes;

/** {@code users add} prints the TOTP enrolment of roles that need it; {@code users code} is RFC 6238. */
class UsersCommandTest extends CliTest {
    @Test
    void add_researcherGetsEnrolmentWithSecret_analystNone() throws Exception {
        Files.writeString(dir.resolve("pass"), "a passphrase for tests only\n");
        Files.writeString(dir.resolve("pw"), "a password for alice and bob\n");
        String pw = dir.resolve("pw").toString();
        assertThat(run(store("init"))).as(err).isEqualTo(ExitCodes.OK);
        assertThat(run(store("users", "add", "alice", "--role", "researcher", "--password-file", pw)))
                .as(err)
                .isEqualTo(ExitCodes.OK);
        assertThat(out).contains("otpauth://totp/Uncounted:alice?secret=").contains("or type its secret: ");
        String secret = out.replaceAll("(?s).*or type its secret: ([A-Z2-7]+).*", "$1");
        assertThat(out).contains("secret=" + secret + "&");
        assertThat(UsersCommand.Code.code(secret, Instant.now())).matches("[0-9]{6}");
        assertThat(run(store("users", "add", "bob", "--role", "analyst", "--password-file", pw)))
                .as(err)
                .isEqualTo(ExitCodes.OK);
        assertThat(out).doesNotContain("otpauth");
    }

    @Test
    void code_rfc6238Sha1Vector_matchesAt59Seconds() {
        // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s -> 94287082 (8 digits); 6 digits: 287082
        assertThat(UsersCommand.Code.code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Instant.ofEpochSecond(59)))
                .isEqualTo("287082");
        assertThat(UsersCommand.Code.code("gezdgnbv gy3tqojq gezdgnbv gy3tqojq", Instant.ofEpochSecond(1111111109)))
                .isEqualTo("081804");
    }
}
