package org.uncounted.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.uncounted.app.web.auth.FirstLogin;
import org.uncounted.security.access.Role;
import org.uncounted.security.auth.Totp;
import org.uncounted.store.CaseStore;
import org.uncounted.store.UserInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code uncounted users add|list|disable|enable}. */
@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = "Manage accounts, roles and per-source permissions (for the web application and shared stores).",
        subcommands = {
            UsersCommand.Add.class,
            UsersCommand.ListUsers.class,
            UsersCommand.Disable.class,
            UsersCommand.Enable.class,
            UsersCommand.Code.class
        })
public final class UsersCommand extends CommandGroup {
    /** Environment variable {@code users code} reads the base32 TOTP secret from. */
    static final String SECRET_ENV = "UNCOUNTED_TOTP_SECRET";

    /** {@code users add}. */
    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = {
                "Create an account. Roles: admin, researcher, interviewer, analyst, viewer. Researchers and"
                        + " interviewers read identifying data and must use a second factor: the TOTP enrolment URI is"
                        + " printed once, to be entered in an authenticator app.",
                "The password is read from --password-file or asked on the console."
            })
    static final class Add implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "USERNAME", description = "Login name: letters, digits, '.', '_', '-'.")
        String username;

        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE", description = "Role(s) to grant.")
        List<String> roles;

        @Option(
                names = "--source",
                split = ",",
                paramLabel = "NAME",
                description = "Sources the roles apply to (default: all).")
        List<String> sources = List.of();

        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the new password from FILE.")
        Path passwordFile;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Set<Role> rs = EnumSet.noneOf(Role.class);
            for (String r : roles) {
                try {
                    rs.add(Role.valueOf(r.strip().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            "unknown role '" + r + "'; roles: admin, researcher, interviewer," + " analyst, viewer");
                }
            }
            char[] password = password();
            try (CaseStore s = store.open()) {
                String uri = s.asOperator().addUser(username, password, rs, new LinkedHashSet<>(sources));
                PrintWriter out = spec.commandLine().getOut();
                out.println("created user " + username + " with roles " + rs);
                if (uri != null) {
                    out.println("second factor (required; shown once): add to an authenticator app:");
                    out.println("  " + uri);
                    out.println("  or type its secret: " + FirstLogin.secretOf(uri));
                }
            } finally {
                Arrays.fill(password, '\0');
            }
            return 0;
        }

        private char[] password() {
            if (passwordFile != null) {
                try {
                    return Files.readString(passwordFile, StandardCharsets.UTF_8)
                            .lines()
                            .findFirst()
                            .orElse("")
                            .toCharArray();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + passwordFile, e);
                }
            }
            var console = System.console();
            if (console == null) throw new IllegalArgumentException("no password: use --password-file or a terminal");
            return console.readPassword("Password for %s: ", username);
        }
    }

    /** {@code users list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts and their roles.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (CaseStore s = store.open()) {
                for (UserInfo u : s.asOperator().listUsers()) {
                    out.printf(
                            "%-20s %-30s %-30s %s%s%n",
                            u.username(),
                            u.roles(),
                            u.allSources() ? "all sources" : String.join(",", u.sources()),
                            u.secondFactor() ? "totp" : "",
                            u.disabled() ? " DISABLED" : "");
                }
            }
            return 0;
        }
    }

    /** {@code users disable}. */
    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable an account.")
    static final class Disable implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "USERNAME")
        String username;

        @Override
        public Integer call() {
            try (CaseStore s = store.open()) {
                s.asOperator().setUserDisabled(username, true);
            }
            return 0;
        }
    }

    /** {@code users enable}. */
    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Re-enable a disabled account.")
    static final class Enable implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "USERNAME")
        String username;

        @Override
        public Integer call() {
            try (CaseStore s = store.open()) {
                s.asOperator().setUserDisabled(username, false);
            }
            return 0;
        }
    }

    /** {@code users code}: the current TOTP code of a secret the caller already holds. */
    @Command(
            name = "code",
            mixinStandardHelpOptions = true,
            description = {
                "Print the current six-digit code of a TOTP secret, like an authenticator app: for demonstrations"
                        + " and offline use. The base32 secret is read from the environment variable "
                        + SECRET_ENV + " (never from the command line). It opens no store and reads no account:"
                        + " without the secret it can do nothing."
            })
    static final class Code implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String secret = System.getenv(SECRET_ENV);
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException(SECRET_ENV + ": set it to the base32 secret printed at enrolment");
            }
            spec.commandLine().getOut().println(code(secret, java.time.Instant.now()));
            return 0;
        }

        /** The code of a base32 secret at {@code time} (RFC 6238: SHA-1, 6 digits, 30 s). */
        static String code(String base32Secret, java.time.Instant time) {
            byte[] key = base32(base32Secret);
            try {
                return Totp.DEFAULT.code(key, time);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        }

        /** RFC 4648 base32 (case, spaces and padding ignored). */
        static byte[] base32(String text) {
            try {
                return org.uncounted.security.auth.Base32.decode(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(SECRET_ENV + ": " + e.getMessage(), e);
            }
        }
    }
}
