package org.uncounted.app.cli;

import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.uncounted.store.CaseStore;
import picocli.CommandLine.Option;

/**
 * Where the store is and how it is unlocked; mixed into every command that touches the store.
 *
 * <p>The passphrase comes from {@code --passphrase-file}, else the environment variable
 * {@code UNCOUNTED_PASSPHRASE}, else is asked on the console (never echoed). It is never written
 * anywhere; the store derives its keys from it in memory.
 */
public final class StoreOptions {
    /** Environment variable holding the passphrase for non-interactive use. */
    public static final String PASSPHRASE_ENV = "UNCOUNTED_PASSPHRASE";

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data directory of the embedded store (default: $XDG_DATA_HOME/uncounted or"
                    + " ~/.local/share/uncounted).")
    Path data;

    @Option(
            names = "--db",
            paramLabel = "URL",
            description = "Use a PostgreSQL database instead of the embedded store, e.g."
                    + " jdbc:postgresql://localhost/uncounted?user=me")
    String db;

    @Option(
            names = "--passphrase-file",
            paramLabel = "FILE",
            description = "Read the passphrase from the first line of FILE instead of $" + PASSPHRASE_ENV
                    + " or the console.")
    Path passphraseFile;

    /** Environment variable naming the audit anchor file (see {@code --audit-anchor}). */
    public static final String AUDIT_ANCHOR_ENV = "UNCOUNTED_AUDIT_ANCHOR";

    @Option(
            names = "--audit-anchor",
            paramLabel = "FILE",
            description = "Keep the audit log's external anchor (a signed checkpoint rewritten after every write) in"
                    + " FILE, best on another disk or machine; also $" + AUDIT_ANCHOR_ENV + ". Default: audit.anchor"
                    + " in the data directory; with --db, one file per store under the data directory's anchors/.")
    Path auditAnchor;

    /** The store with its audit anchor attached (docs/security.md, "The audit log"). */
    private CaseStore anchored(CaseStore s) {
        try {
            Path a = auditAnchor;
            String env = System.getenv(AUDIT_ANCHOR_ENV);
            if (a == null && env != null && !env.isBlank()) a = Path.of(env);
            if (a == null && db != null) {
                byte[] id = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(s.asOperator().auditPublicKey().getBytes(StandardCharsets.UTF_8));
                a = dataDir()
                        .resolve("anchors")
                        .resolve(java.util.HexFormat.of().formatHex(id, 0, 8) + ".anchor");
            }
            if (a == null) return s;
            if (a.getParent() != null) Files.createDirectories(a.getParent());
            return s.withAuditAnchor(a);
        } catch (IOException e) {
            s.close();
            throw new UncheckedIOException("cannot create the directory of the audit anchor", e);
        } catch (java.security.NoSuchAlgorithmException | RuntimeException e) {
            s.close();
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    /** The data directory: --data, else the per-user default. */
    public Path dataDir() {
        return data != null ? data : defaultDataDir(System.getenv());
    }

    /** {@code $XDG_DATA_HOME/uncounted}, else {@code ~/.local/share/uncounted}. */
    static Path defaultDataDir(Map<String, String> env) {
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "uncounted");
        return Path.of(System.getProperty("user.home"), ".local", "share", "uncounted");
    }

    /** Opens the existing store (embedded or --db); the caller closes it. */
    public CaseStore open() {
        char[] pass = passphrase(false);
        try {
            return anchored(db != null ? CaseStore.open(db, pass) : CaseStore.openEmbedded(dataDir(), pass));
        } finally {
            Arrays.fill(pass, '\0');
        }
    }

    /** Creates a new store (embedded or --db); asks for the passphrase twice on a console. */
    public CaseStore create() {
        char[] pass = passphrase(true);
        try {
            return anchored(
                    db != null ? CaseStore.createOnServer(db, pass) : CaseStore.createEmbedded(dataDir(), pass));
        } finally {
            Arrays.fill(pass, '\0');
        }
    }

    /** A human description of the location, without credentials. */
    public String describe() {
        if (db == null) return dataDir().toString();
        int q = db.indexOf('?');
        return q < 0 ? db : db.substring(0, q);
    }

    char[] passphrase(boolean confirm) {
        if (passphraseFile != null) {
            try {
                String first = Files.readString(passphraseFile, StandardCharsets.UTF_8)
                        .lines()
                        .findFirst()
                        .orElse("");
                return nonEmpty(first.toCharArray(), "the passphrase file " + passphraseFile);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read passphrase file " + passphraseFile, e);
            }
        }
        String env = System.getenv(PASSPHRASE_ENV);
        if (env != null) return nonEmpty(env.toCharArray(), "$" + PASSPHRASE_ENV);
        Console console = System.console();
        if (console == null) {
            throw new MissingPassphraseException("no passphrase: set $" + PASSPHRASE_ENV
                    + ", use --passphrase-file, or run on a terminal to be asked");
        }
        char[] first = console.readPassword("Passphrase for the Uncounted store: ");
        if (first == null) throw new MissingPassphraseException("no passphrase entered");
        if (confirm) {
            char[] again = console.readPassword("Repeat the passphrase: ");
            boolean same = Arrays.equals(first, again);
            if (again != null) Arrays.fill(again, '\0');
            if (!same) throw new MissingPassphraseException("the two passphrases differ");
        }
        return nonEmpty(first, "the passphrase");
    }

    private static char[] nonEmpty(char[] pass, String where) {
        if (pass.length == 0) throw new MissingPassphraseException(where + " is empty");
        return pass;
    }

    /** No usable passphrase was given (exit code 2). */
    public static final class MissingPassphraseException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        MissingPassphraseException(String message) {
            super(message);
        }
    }
}
