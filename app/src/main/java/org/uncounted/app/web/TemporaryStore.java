package org.uncounted.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.uncounted.security.keys.KdfParameters;
import org.uncounted.store.CaseStore;

/**
 * A throwaway encrypted store in a new temporary directory, under a random passphrase that is never
 * shown, deleted on {@link #close()}: the store behind {@code serve --synthetic} (invented data for
 * demonstrations and load tests) and behind tests. Accounts and anything recorded in the browser go
 * through the same store code as with a real store; they end with the process.
 */
public final class TemporaryStore implements AutoCloseable {
    private final Path dir;
    private final CaseStore store;

    private TemporaryStore(Path dir, CaseStore store) {
        this.dir = dir;
        this.store = store;
    }

    /** A new store with production key-derivation costs. */
    public static TemporaryStore create() {
        return create(KdfParameters.DEFAULT);
    }

    public static TemporaryStore create(KdfParameters kdf) {
        char[] passphrase = randomPassphrase();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("uncounted-temporary-store-");
            return new TemporaryStore(dir, CaseStore.createEmbedded(dir.resolve("store"), passphrase, kdf));
        } catch (RuntimeException e) {
            if (dir != null) delete(dir);
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the store", e);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    public CaseStore store() {
        return store;
    }

    public Path directory() {
        return dir;
    }

    /**
     * Closes the store and deletes its directory, even when closing fails (e.g. H2 already closed
     * itself at JVM shutdown): what is left on disk is ciphertext under a passphrase nobody knows, but
     * it is still removed.
     */
    @Override
    public void close() {
        try {
            store.close();
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary store in " + dir, e);
        }
    }

    private static char[] randomPassphrase() {
        SecureRandom r = new SecureRandom();
        char[] c = new char[32];
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        for (int i = 0; i < c.length; i++) c[i] = alphabet.charAt(r.nextInt(alphabet.length()));
        return c;
    }
}
