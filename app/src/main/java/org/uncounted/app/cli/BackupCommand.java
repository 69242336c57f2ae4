package org.uncounted.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.uncounted.security.backup.BackupManifest;
import org.uncounted.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code uncounted backup FILE}. */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = {
            "Write an encrypted, integrity-checked backup archive of the store to FILE.",
            "Its key stays in the store; keys of archives older than --retention-days are destroyed, after which"
                    + " those archives can no longer be read: a purged case then cannot come back from them."
        })
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE", description = "Archive to write (must not exist).")
    Path file;

    @Option(
            names = "--retention-days",
            defaultValue = "30",
            paramLabel = "DAYS",
            description = "Destroy the keys of archives older than this (default ${DEFAULT-VALUE}).")
    int retentionDays;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (Files.exists(file)) throw new IllegalArgumentException(file + " exists; choose a new file name");
        Path tmp = file.resolveSibling(file.getFileName() + ".partial");
        try (CaseStore s = store.open()) {
            BackupManifest m;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                m = s.asOperator().backup(out, Duration.ofDays(retentionDays));
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%s: archive %s, %d entries, %d bytes before encryption%n",
                            file, m.archiveId(), m.entries().size(), m.totalBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
        return 0;
    }
}
