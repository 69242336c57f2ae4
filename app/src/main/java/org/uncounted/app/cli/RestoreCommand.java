package org.uncounted.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uncounted.security.backup.BackupManifest;
import org.uncounted.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code uncounted restore FILE}. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = {
            "Restore the store from a backup archive. The whole archive is verified first; if any byte was altered"
                    + " or it was truncated, nothing is written. Then every table except the audit log is replaced"
                    + " in one transaction (the audit log keeps its history and records the restore; the"
                    + " privacy-budget ledger is never rolled back).",
            "An archive made before 'keys rotate' restores with the current passphrase. An archive whose key"
                    + " expired (older than the retention of a later backup) can no longer be read: that is what"
                    + " makes a purge final.",
            "With --verify-only the archive is checked and nothing is restored."
        })
public final class RestoreCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE", description = "Archive written by 'uncounted backup'.")
    Path file;

    @Option(names = "--verify-only", description = "Only verify the archive.")
    boolean verifyOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (CaseStore s = store.open()) {
            BackupManifest m = verifyOnly
                    ? s.asOperator().verifyBackup(file)
                    : s.asOperator().restore(file);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%s: archive %s %s (%d entries)%n",
                            file,
                            m.archiveId(),
                            verifyOnly ? "verified" : "verified and restored",
                            m.entries().size());
        }
        return 0;
    }
}
