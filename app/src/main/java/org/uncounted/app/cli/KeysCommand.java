package org.uncounted.app.cli;

import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.uncounted.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code uncounted keys rotate}. */
@Command(
        name = "keys",
        mixinStandardHelpOptions = true,
        description = "Manage the store's keys.",
        subcommands = {KeysCommand.Rotate.class})
public final class KeysCommand extends CommandGroup {
    /** Environment variable holding the new passphrase for non-interactive rotation. */
    public static final String NEW_PASSPHRASE_ENV = "UNCOUNTED_NEW_PASSPHRASE";

    /** {@code keys rotate}. */
    @Command(
            name = "rotate",
            mixinStandardHelpOptions = true,
            description = {
                "Change the passphrase: every case data key is re-wrapped under a new master key in one"
                        + " transaction; the case data itself is not rewritten. Afterwards only the new passphrase"
                        + " opens the store. Backups made before it restore into the rotated store with the new"
                        + " passphrase until their retention expires (their keys are re-wrapped too).",
                "The current passphrase is read as usual; the new one from --new-passphrase-file, else $"
                        + NEW_PASSPHRASE_ENV + ", else asked twice on the console."
            })
    static final class Rotate implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(
                names = "--new-passphrase-file",
                paramLabel = "FILE",
                description = "Read the new passphrase from the first line of FILE.")
        Path newPassphraseFile;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            char[] next = newPassphrase();
            try (CaseStore s = store.open()) {
                int n = s.asOperator().rotateMasterKey(next);
                spec.commandLine()
                        .getOut()
                        .println("rotated the master key of " + store.describe() + ": " + n
                                + " data keys re-wrapped; use the new passphrase from now on");
            } finally {
                Arrays.fill(next, '\0');
            }
            return 0;
        }

        private char[] newPassphrase() {
            if (newPassphraseFile != null) {
                try {
                    String first = Files.readString(newPassphraseFile, StandardCharsets.UTF_8)
                            .lines()
                            .findFirst()
                            .orElse("");
                    return nonEmpty(first.toCharArray(), "the new passphrase file " + newPassphraseFile);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read new passphrase file " + newPassphraseFile, e);
                }
            }
            String env = System.getenv(NEW_PASSPHRASE_ENV);
            if (env != null) return nonEmpty(env.toCharArray(), "$" + NEW_PASSPHRASE_ENV);
            Console console = System.console();
            if (console == null) {
                throw new StoreOptions.MissingPassphraseException("no new passphrase: set $" + NEW_PASSPHRASE_ENV
                        + ", use --new-passphrase-file, or run on a terminal to be asked");
            }
            char[] first = console.readPassword("New passphrase: ");
            if (first == null) throw new StoreOptions.MissingPassphraseException("no new passphrase entered");
            char[] again = console.readPassword("Repeat the new passphrase: ");
            boolean same = Arrays.equals(first, again);
            if (again != null) Arrays.fill(again, '\0');
            if (!same) {
                Arrays.fill(first, '\0');
                throw new StoreOptions.MissingPassphraseException("the two new passphrases differ");
            }
            return nonEmpty(first, "the new passphrase");
        }

        private static char[] nonEmpty(char[] pass, String where) {
            if (pass.length == 0) throw new StoreOptions.MissingPassphraseException(where + " is empty");
            return pass;
        }
    }
}
