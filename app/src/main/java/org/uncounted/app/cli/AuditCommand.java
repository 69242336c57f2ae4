package org.uncounted.app.cli;

import java.util.concurrent.Callable;
import org.uncounted.security.audit.VerificationResult;
import org.uncounted.store.AuditVerificationFailedException;
import org.uncounted.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code uncounted audit verify}: checks the tamper-evident audit log. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Work with the tamper-evident audit log.",
        subcommands = {AuditCommand.Verify.class})
public final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code audit verify}. */
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Verify every entry of the audit log: hash chain, MACs, sequence, and the last checkpoint kept beside"
                        + " the embedded database. Any modified, deleted, inserted or reordered entry is reported.",
                "Exit code 0 when intact, 4 when tampering is detected."
            })
    static final class Verify implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (CaseStore s = store.open()) {
                VerificationResult r = s.asOperator().verifyAudit();
                if (!r.valid()) {
                    throw new AuditVerificationFailedException("audit log NOT intact at entry " + r.firstBadSeq()
                            + " of " + r.entriesChecked() + ": " + r.reason());
                }
                spec.commandLine().getOut().println("audit log intact: " + r.entriesChecked() + " entries verified");
            }
            return 0;
        }
    }
}
