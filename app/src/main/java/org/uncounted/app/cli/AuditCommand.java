package org.uncounted.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uncounted.security.audit.SignedCheckpoint;
import org.uncounted.security.audit.VerificationResult;
import org.uncounted.store.AuditVerificationFailedException;
import org.uncounted.store.CaseStore;
import org.uncounted.store.StoreSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code uncounted audit verify}: checks the tamper-evident audit log. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Work with the tamper-evident audit log.",
        subcommands = {AuditCommand.Verify.class})
public final class AuditCommand extends CommandGroup {

    /** {@code audit verify}. */
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Verify every entry of the audit log: hash chain, MACs, sequence, and the external anchor (a signed"
                        + " checkpoint rewritten after every write, see --audit-anchor). Any modified, deleted,"
                        + " inserted or reordered entry is reported, and so are deleted newest entries and a database"
                        + " rolled back to an older state.",
                "Then prints the current signed checkpoint: keep a copy away from this machine (e-mail it to a"
                        + " partner, print it) and check against it later with --against FILE; that also catches"
                        + " someone who rolled back the database and the anchor file together.",
                "Exit code 0 when intact, 4 when tampering is detected."
            })
    static final class Verify implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(
                names = "--against",
                paramLabel = "FILE",
                description = "A signed checkpoint printed by an earlier 'audit verify' and kept elsewhere.")
        Path against;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            SignedCheckpoint external = against == null ? null : read(against);
            try (CaseStore s = store.open()) {
                StoreSession op = s.asOperator();
                VerificationResult r = op.verifyAudit(external);
                if (!r.valid()) {
                    throw new AuditVerificationFailedException("audit log NOT intact at entry " + r.firstBadSeq()
                            + " of " + r.entriesChecked() + ": " + r.reason());
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println("audit log intact: " + r.entriesChecked() + " entries verified"
                        + (external == null ? "" : ", extending the checkpoint in " + against));
                var anchor = op.auditAnchor();
                if (anchor.isEmpty()) {
                    out.println("WARNING: no external anchor: deleting the newest entries would go unnoticed"
                            + " (use --audit-anchor FILE)");
                } else {
                    out.println("signed checkpoint (keep a copy elsewhere; check later with --against FILE):");
                    out.print(anchor.get().text());
                }
                out.println("installation key: " + op.auditPublicKey());
            }
            return 0;
        }

        private static SignedCheckpoint read(Path file) {
            try {
                // the file may hold the whole output of 'audit verify': take the 7-line note in it
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int start = Math.max(0, text.indexOf("uncounted-audit-checkpoint "));
                String[] lines = text.substring(start).split("\n");
                int n = Math.min(lines.length, 7);
                return SignedCheckpoint.parse(String.join("\n", java.util.Arrays.copyOf(lines, n)) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }
}
